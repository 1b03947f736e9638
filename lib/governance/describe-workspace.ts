import { GovernanceConfigError, LAYER_NAMES, loadWorkspaceConfig } from './workspace-config';
import { workspaceConfigFile } from './check-write-path';
import { promotionDecision } from './layers';

/** The layers and brands for the Governance page; an invalid config is shown, not thrown. */
export function describeWorkspace() {
  try {
    const config = loadWorkspaceConfig(workspaceConfigFile());
    return {
      ok: true as const,
      layers: LAYER_NAMES.map((name) => ({
        name,
        description: config.layers[name].description,
        promotion: promotionDecision(`${name}/x`, config),
      })),
      brands: Object.entries(config.brands).map(([name, { projects }]) => ({ name, projects })),
      agents: config.agents,
      review: config.review,
    };
  } catch (error) {
    if (error instanceof GovernanceConfigError)
      return { ok: false as const, error: error.message, field: error.field ?? null };
    throw error;
  }
}
