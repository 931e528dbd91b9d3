package io.github.kindem2m.validation;

/**
 * A refusal decided while the token is being verified, carried through Nimbus and
 * {@code NimbusJwtDecoder} to {@link KindeJwtDecoder}, which turns it into the error
 * description. Its message never repeats the token.
 */
final class RejectedTokenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	RejectedTokenException(String description) {
		super(description, null, false, false);
	}

}
