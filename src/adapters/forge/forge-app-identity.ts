import { getAppContext } from '@forge/api';
import type { AppIdentity } from '../../core/ports/app-identity';

/** The app's identity from the invocation's context (@forge/api getAppContext: app and environment ARIs, version). */
export class ForgeAppIdentity implements AppIdentity {
  appVersion(): string {
    return getAppContext().appVersion;
  }

  moduleAri(moduleKey: string): string {
    const { appAri, environmentAri } = getAppContext();
    return `ari:cloud:ecosystem::extension/${appAri.appId}/${environmentAri.environmentId}/static/${moduleKey}`;
  }
}
