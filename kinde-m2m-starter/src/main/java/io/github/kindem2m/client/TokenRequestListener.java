package io.github.kindem2m.client;

import java.time.Duration;

/**
 * Told about every token request an agent makes to Kinde; the metrics use it.
 */
public interface TokenRequestListener {

	/** How a token request ended. */
	enum Outcome {

		/** A token was issued. */
		SUCCESS,

		/** Kinde refused (4xx), or the token was for another organisation. */
		REFUSED,

		/** The token endpoint stayed unreachable or kept failing (network, 5xx). */
		FAILED

	}

	/**
	 * A token request ended, after its retries.
	 * @param registration the registration's name
	 * @param outcome how it ended
	 * @param duration how long it took, retries included
	 */
	void requested(String registration, Outcome outcome, Duration duration);

}
