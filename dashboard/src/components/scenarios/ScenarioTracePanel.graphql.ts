import { graphql } from '../../gql';

/** The engine's account of one figure, as ScenarioTracePanel shows it: formula, inputs and assumptions. */
export const ScenarioTraceFields = graphql(`
  fragment ScenarioTraceFields on TraceEntry {
    figure
    formula
    description
    display
    inputs {
      name
      display
    }
    assumptions {
      id
      name
      value
      unit
      source
    }
  }
`);
