package io.github.kindem2m.test;

/**
 * MockMvc support: {@code mvc.perform(get("/api/orgs/org_acme/articles")
 * .with(kindeM2m().org("org_acme").scopes("kb:read").flag("agent-v2", true)))}.
 */
public final class KindeM2mMockMvc {

	private KindeM2mMockMvc() {
	}

	/**
	 * A request post-processor that adds a real signed Kinde M2M token.
	 * @return a new post-processor, to configure
	 */
	public static KindeM2mRequestPostProcessor kindeM2m() {
		return new KindeM2mRequestPostProcessor();
	}

}
