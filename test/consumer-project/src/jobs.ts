/** The consumer's background jobs: none here, so there is nothing to wait for. */
export async function waitForYourBackgroundJobs(): Promise<void> {}
