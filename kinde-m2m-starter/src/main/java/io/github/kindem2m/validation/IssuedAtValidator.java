package io.github.kindem2m.validation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token issued in the future. Unlike Spring's {@code JwtIssuedAtValidator} it
 * accepts tokens issued long ago: Kinde M2M tokens may live for a day.
 */
final class IssuedAtValidator implements OAuth2TokenValidator<Jwt> {

	private static final OAuth2Error IN_THE_FUTURE = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
			"The token's iat claim is in the future", null);

	private final Duration clockSkew;

	private final Clock clock;

	IssuedAtValidator(Duration clockSkew, Clock clock) {
		this.clockSkew = clockSkew;
		this.clock = clock;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		Instant issuedAt = jwt.getIssuedAt();
		if (issuedAt != null && issuedAt.isAfter(Instant.now(this.clock).plus(this.clockSkew))) {
			return OAuth2TokenValidatorResult.failure(IN_THE_FUTURE);
		}
		return OAuth2TokenValidatorResult.success();
	}

}
