export { DecisionsPanel, matchesFilter, type DecisionFilter } from "./DecisionsPanel";
export { createDecisionServices, type DecisionServices } from "./decisions-service";
