/**
 * The macro and its config view as the workbench hosts them. The config view gets a module key
 * of its own so the host can tell the two apart (only it may submit or close).
 */
export interface HostedModule {
  key: string;
  resource: string;
  frameTitle: string;
}

export const MACRO_MODULE: HostedModule = {
  key: 'process-card',
  resource: '/resources/macro/index.html',
  frameTitle: 'Process card macro',
};

export const CONFIG_MODULE: HostedModule = {
  key: 'process-card-config',
  resource: '/resources/macro-config/index.html',
  frameTitle: 'Process card settings',
};
