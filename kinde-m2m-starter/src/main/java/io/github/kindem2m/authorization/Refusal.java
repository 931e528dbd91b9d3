package io.github.kindem2m.authorization;

/**
 * Why an authorisation check refused the caller. The {@link #code()} is the stable
 * {@code reason} member of the 403 problem+json body.
 */
public enum Refusal {

	/** The resource belongs to an organisation and the token carries none. */
	ORG_MISSING("org_missing"),

	/** The token's organisation is not the one the request is for. */
	ORG_MISMATCH("org_mismatch"),

	/** A required feature flag is absent, off, invalid or of another value. */
	FLAG_DISABLED("flag_disabled"),

	/** A required scope was not granted. */
	INSUFFICIENT_SCOPE("insufficient_scope");

	private final String code;

	Refusal(String code) {
		this.code = code;
	}

	/**
	 * The stable reason code, such as {@code org_mismatch}.
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

}
