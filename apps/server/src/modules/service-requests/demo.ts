import type { DemoCtx } from '../../platform/kernel/demo';

/** Demo service requests (filled in below). */
export async function seedServiceRequestDemo(_ctx: DemoCtx): Promise<void> {}
