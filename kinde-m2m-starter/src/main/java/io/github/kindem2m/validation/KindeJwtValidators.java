package io.github.kindem2m.validation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The claim rules every Kinde M2M token must pass, in the order their failures are
 * reported: time claims after 1970 and {@code iat} not in the future, {@code exp} required
 * and not passed, {@code nbf}, {@code iss} exact, {@code aud} containing a configured audience, {@code gty}
 * accepted, and Kinde's claim shapes. Additional validators run after these and can
 * only refuse more tokens.
 */
public final class KindeJwtValidators {

	private KindeJwtValidators() {
	}

	/**
	 * Composes the Kinde rules with additional validators.
	 * @param issuer the exact expected {@code iss}
	 * @param audiences the accepted audiences; a token must carry at least one
	 * @param clockSkew tolerance for the time-based rules
	 * @param grantTypes the accepted {@code gty} values
	 * @param additional further validators, such as the application's own beans
	 * @return a validator that fails when any rule fails
	 */
	public static OAuth2TokenValidator<Jwt> create(String issuer, Collection<String> audiences, Duration clockSkew,
			Set<String> grantTypes, List<OAuth2TokenValidator<Jwt>> additional) {
		Set<String> accepted = Set.copyOf(audiences);
		JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew);
		timestamps.setAllowEmptyExpiryClaim(false);
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(new TimeClaimsValidator(clockSkew, Clock.systemUTC()));
		validators.add(timestamps);
		validators.add(new JwtIssuerValidator(issuer));
		validators.add(new JwtClaimValidator<Collection<?>>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.stream().anyMatch(accepted::contains)));
		validators.add(new GrantTypeValidator(grantTypes));
		validators.add(new KindeClaimsValidator());
		validators.addAll(additional);
		return new DelegatingOAuth2TokenValidator<>(validators);
	}

}
