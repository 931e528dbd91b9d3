package io.github.kindem2m.client;

import org.jspecify.annotations.Nullable;

/**
 * A token could not be obtained for a registration: Kinde refused the request (its OAuth
 * error code is given), the token endpoint stayed unreachable after retries, or the token
 * was for another organisation than configured. Never carries a secret or a token.
 */
public class KindeTokenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String registration;

	private final @Nullable String errorCode;

	/**
	 * Creates the exception.
	 * @param registration the registration's name
	 * @param errorCode Kinde's OAuth error code, such as {@code invalid_client}, if any
	 * @param message what went wrong
	 * @param cause the underlying failure, if any
	 */
	public KindeTokenException(String registration, @Nullable String errorCode, String message,
			@Nullable Throwable cause) {
		super(message, cause);
		this.registration = registration;
		this.errorCode = errorCode;
	}

	/**
	 * The registration the token was for.
	 * @return the registration's name
	 */
	public String registration() {
		return this.registration;
	}

	/**
	 * Kinde's OAuth error code.
	 * @return the code, or {@code null} when Kinde did not answer with one
	 */
	public @Nullable String errorCode() {
		return this.errorCode;
	}

}
