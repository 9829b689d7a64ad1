import { graphql } from '../../../gql';

export const RiskScenarioListQuery = graphql(`
  query RiskScenarioList {
    scenarios(first: 50) {
      totalCount
      nodes {
        id
        name
        status
      }
    }
  }
`);

export const RiskAnalysisQuery = graphql(`
  query RiskAnalysis($id: ID!) {
    scenario(id: $id) {
      id
      name
      description
      status
      version
      allowedTransitions
      baseYear
      horizonYears
      proposal
      owner {
        name
      }
      updatedAt
      documents {
        analysisPdf
        analysisDocx
        summaryPdf
        summaryDocx
      }
      result {
        summary {
          year
          grossSavingSek
          shiftedCostSek
          netSavingSek
        }
      }
      riskRegister {
        id
        number
        area
        source
        description
        likelihood
        consequence
        score
        originalLikelihood
        originalConsequence
        overridden
        override {
          likelihood
          consequence
          justification
          by
          at
        }
        mitigations {
          id
          action
          owner
          dueDate
          done
        }
        residualLikelihood
        residualConsequence
        step
        threatenedGoals
      }
    }
  }
`);

export const OverrideRiskMutation = graphql(`
  mutation OverrideRisk($riskId: ID!, $input: RiskOverrideInput!) {
    overrideScenarioRisk(riskId: $riskId, input: $input) {
      id
      version
    }
  }
`);

export const AddMitigationMutation = graphql(`
  mutation AddMitigation($riskId: ID!, $input: MitigationInput!) {
    addRiskMitigation(riskId: $riskId, input: $input) {
      id
      version
    }
  }
`);

export const SetScenarioStatusMutation = graphql(`
  mutation SetScenarioStatus($id: ID!, $status: ScenarioStatus!, $version: Int!) {
    setScenarioStatus(id: $id, status: $status, version: $version) {
      id
      status
      version
    }
  }
`);
