import { graphql } from '../../../gql';

export const SchoolYearsQuery = graphql(`
  query SchoolYears {
    municipality {
      name
      budgetYear
      years
    }
  }
`);

/**
 * The model's equity between the schools one year (all schools, for the charts), computed by the API's equity calculation.
 * 400, not the page maximum 500: with these fields a page of 500 exceeds the API's query cost limit (about 50,400 > 50,000).
 */
export const SchoolEquityQuery = graphql(`
  query SchoolEquity($year: Int!) {
    municipality {
      equity(year: $year) {
        year
        threshold
        assumptionSetVersion
        summary {
          schools
          meanIndex
          coefficientOfVariation
          gini
          p10
          p90
          schoolsBelowThreshold
          correlationWithSocioeconomicIndex
        }
        schools(first: 400) {
          totalCount
          nodes {
            index
            belowThreshold
            hasLocalItCoordinator
            socioeconomicIndex
            components {
              deviceCoverage
              supportAccess
              staffCompetence
              maturity
            }
            school {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** The spread between the schools every year with data, oldest first. */
export const SchoolEquityTrendQuery = graphql(`
  query SchoolEquityTrend {
    municipality {
      equityTrend {
        year
        summary {
          schools
          meanIndex
          coefficientOfVariation
          gini
          schoolsBelowThreshold
          correlationWithSocioeconomicIndex
        }
      }
    }
  }
`);

export const SchoolProfileQuery = graphql(`
  query SchoolProfile($id: ID!, $year: Int) {
    indicators {
      id
      name
      unit
      higherIsBetter
    }
    schoolUnit(id: $id) {
      id
      code
      name
      schoolForms
      area
      hasLocalItCoordinator
      facts {
        year
        pupils
        teachers
        teachersFte
        schoolLeaders
        socioeconomicIndex
        hasLocalItCoordinator
        superusers
      }
      devices(year: $year) {
        id
        deviceType
        userGroup
        deviceCount
        leaseCostPerMonthSek
        leaseTermMonths
        leaseStartYear
        replacementCycleYears
        oneToOne
      }
      deviceCoverage(year: $year) {
        year
        oneToOneCoverage
        coveredPupils
        oneToOneDevices
        devices
        annualLeaseCostSek
      }
      costs(year: $year) {
        ...BudgetCategoryFields
      }
      indicatorValues {
        indicatorId
        year
        value
      }
      goalAchievement(year: $year) {
        year
        goal {
          id
          code
          title
          indicator {
            unit
          }
        }
        actual
        target
        met
        gap
        trend {
          year
          actual
          target
          met
        }
      }
    }
  }
`);
