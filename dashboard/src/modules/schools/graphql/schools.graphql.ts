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

export const SchoolComparisonYearQuery = graphql(`
  query SchoolComparisonYear($year: Int!) {
    municipality {
      schoolComparison(year: $year, first: 500) {
        totalCount
        nodes {
          year
          schoolUnit {
            id
            code
            name
          }
          pupils
          socioeconomicIndex
          hasLocalItCoordinator
          oneToOneCoverage
          staffTrainedShare
          likaMean
          resultsAllSubjectsPercent
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
        category
        budgetSek
        outcomeSek
        forecastSek
        amountSek
        deviationSek
        deviationPercent
        perPupilSek
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
