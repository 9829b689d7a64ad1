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
      allowedEdits
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
          ...ScenarioSavingsFields
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
      participants {
        id
        name
        role
        participatedOn
        note
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

export const AddScenarioRiskMutation = graphql(`
  mutation AddOwnRisk($scenarioId: ID!, $input: ManualRiskInput!) {
    addScenarioRisk(scenarioId: $scenarioId, input: $input) {
      id
      version
    }
  }
`);

export const AssessRiskMutation = graphql(`
  mutation AssessRisk($riskId: ID!, $input: RiskAssessmentInput!) {
    assessScenarioRisk(riskId: $riskId, input: $input) {
      id
      version
    }
  }
`);

export const AddParticipantMutation = graphql(`
  mutation AddParticipant($scenarioId: ID!, $input: ParticipantInput!) {
    addScenarioParticipant(scenarioId: $scenarioId, input: $input) {
      id
      version
    }
  }
`);

export const UpdateMitigationMutation = graphql(`
  mutation UpdateMitigation($id: ID!, $input: MitigationInput!) {
    updateRiskMitigation(id: $id, input: $input) {
      id
      version
    }
  }
`);

export const RemoveMitigationMutation = graphql(`
  mutation RemoveMitigation($id: ID!) {
    removeRiskMitigation(id: $id) {
      id
      version
    }
  }
`);

export const RemoveScenarioRiskMutation = graphql(`
  mutation RemoveScenarioRisk($riskId: ID!) {
    removeScenarioRisk(riskId: $riskId) {
      id
      version
    }
  }
`);

export const RemoveParticipantMutation = graphql(`
  mutation RemoveParticipant($id: ID!) {
    removeScenarioParticipant(id: $id) {
      id
      version
    }
  }
`);

export const ScenarioAuditTrailQuery = graphql(`
  query ScenarioAuditTrail($id: ID!, $first: Int!, $after: String) {
    scenario(id: $id) {
      id
      auditTrail(first: $first, after: $after) {
        totalCount
        nodes {
          id
          when
          who
          whoName
          summary
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const UpdateScenarioRiskMutation = graphql(`
  mutation UpdateScenarioRisk($riskId: ID!, $input: ManualRiskInput!) {
    updateScenarioRisk(riskId: $riskId, input: $input) {
      id
      version
    }
  }
`);
