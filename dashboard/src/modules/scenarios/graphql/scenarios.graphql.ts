import { graphql } from '../../../gql';

export const ScenarioSetupQuery = graphql(`
  query ScenarioSetup {
    municipality {
      name
      budgetYear
      years
      supportUnit {
        name
        totalFte
        posts {
          id
          title
          fte
          annualCostSek
        }
      }
      devices {
        devices
        oneToOneDevices
        annualLeaseCostSek
      }
      costsByCategory {
        category
        amountSek
      }
    }
  }
`);

export const EvaluateScenarioQuery = graphql(`
  query EvaluateScenarioBuilder($input: ScenarioInput!) {
    evaluateScenario(input: $input) {
      name
      baseYear
      summaryYear
      summary {
        ...ScenarioSavingsFields
        supportFteBase
        supportFteScenario
        peoplePerFteBase
        peoplePerFteScenario
        supportUtilisation
        supportUtilisationBase
        supportState
        supportStateBase
        expectedWaitHours
        expectedWaitHoursBase
        shiftedHoursPerTeacher
        schoolsMovedBelowThreshold
        goalsAtRisk
      }
      risks {
        area
        likelihood
        consequence
        score
        explanation
        threatenedGoals
      }
      baseRisks {
        area
        score
      }
      equityBase {
        meanIndex
        gini
        schoolsBelowThreshold
      }
      equityScenario {
        meanIndex
        gini
        schoolsBelowThreshold
      }
      schoolsMovingMost(first: 5) {
        school {
          id
          name
        }
        equityIndexBase
        equityIndexScenario
        change
        belowThresholdBase
        belowThresholdScenario
        hasLocalItCoordinator
      }
      goalsAtRisk {
        subGoalCode
        title
        capacityLossShare
        baseCapacityHours
        scenarioCapacityHours
        municipalityGoals {
          code
          title
        }
      }
      gross: explain(figure: "summary.grossSavingSek") {
        ...ScenarioTraceFields
      }
      shifted: explain(figure: "summary.shiftedCostSek") {
        ...ScenarioTraceFields
      }
      net: explain(figure: "summary.netSavingSek") {
        ...ScenarioTraceFields
      }
      utilisation: explain(figure: "summary.supportUtilisation") {
        ...ScenarioTraceFields
      }
      wait: explain(figure: "summary.expectedWaitHours") {
        ...ScenarioTraceFields
      }
      peoplePerFte: explain(figure: "summary.peoplePerFteScenario") {
        ...ScenarioTraceFields
      }
    }
  }
`);

export const CompareScenarioQuery = graphql(`
  query CompareScenario($input: ScenarioInput!) {
    evaluateScenario(input: $input) {
      summaryYear
      summary {
        ...ScenarioSavingsFields
        supportFteScenario
        peoplePerFteScenario
        supportUtilisation
        supportState
        expectedWaitHours
        schoolsMovedBelowThreshold
        goalsAtRisk
      }
      risks {
        area
        score
      }
    }
  }
`);
