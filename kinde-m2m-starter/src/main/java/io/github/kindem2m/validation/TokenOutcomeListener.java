package io.github.kindem2m.validation;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Told about every bearer token the Kinde decoder accepts or refuses; the metrics use it.
 * Beans of this type are picked up by the auto-configuration.
 */
public interface TokenOutcomeListener {

	/**
	 * A token passed every check (from the verified-token cache or not).
	 * @param jwt the token
	 */
	void accepted(Jwt jwt);

	/**
	 * A token was refused.
	 * @param reason one of the reasons of {@link TokenRefusals#reason}
	 */
	void refused(String reason);

}
