package io.github.kindem2m.token;

/**
 * Thrown when a token's claims do not have the shape of a Kinde M2M token: a missing
 * client id, a malformed {@code org_code}, or a {@code scope}, {@code feature_flags} or
 * {@code application_properties} claim of the wrong type.
 *
 * <p>The message names the claim and the rule; it never repeats the claim's value.
 */
public class InvalidKindeClaimException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception with a description safe to return to the caller.
	 * @param description which claim is wrong and why
	 */
	public InvalidKindeClaimException(String description) {
		super(description);
	}

}
