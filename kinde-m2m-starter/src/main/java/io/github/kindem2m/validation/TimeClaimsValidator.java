package io.github.kindem2m.validation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

/**
 * Refuses a token issued in the future, and time claims at or before 1970: a NumericDate
 * too large for a Java date wraps around to 1969 when parsed, which would otherwise turn
 * an absurd {@code nbf} into one long passed. Unlike Spring's {@code JwtIssuedAtValidator}
 * it accepts tokens issued long ago: Kinde M2M tokens may live for a day.
 */
final class TimeClaimsValidator implements OAuth2TokenValidator<Jwt> {

	private static final OAuth2Error IN_THE_FUTURE = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
			"The token's iat claim is in the future", null);

	private static final OAuth2Error OUT_OF_RANGE = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
			"The token's exp, nbf and iat claims must be NumericDates after 1970", null);

	private final Duration clockSkew;

	private final Clock clock;

	TimeClaimsValidator(Duration clockSkew, Clock clock) {
		this.clockSkew = clockSkew;
		this.clock = clock;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		for (String claim : new String[] { JwtClaimNames.EXP, JwtClaimNames.NBF, JwtClaimNames.IAT }) {
			Instant value = jwt.getClaimAsInstant(claim);
			if (value != null && !value.isAfter(Instant.EPOCH)) {
				return OAuth2TokenValidatorResult.failure(OUT_OF_RANGE);
			}
		}
		Instant issuedAt = jwt.getIssuedAt();
		if (issuedAt != null && issuedAt.isAfter(Instant.now(this.clock).plus(this.clockSkew))) {
			return OAuth2TokenValidatorResult.failure(IN_THE_FUTURE);
		}
		return OAuth2TokenValidatorResult.success();
	}

}
