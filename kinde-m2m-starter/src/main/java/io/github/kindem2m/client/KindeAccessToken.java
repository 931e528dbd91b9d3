package io.github.kindem2m.client;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An access token fetched for a registration.
 *
 * @param value the compact token, to send as {@code Authorization: Bearer}
 * @param expiresAt when it expires
 * @param scopes the granted scopes
 * @param orgCode the token's organisation, if any
 */
public record KindeAccessToken(String value, Instant expiresAt, Set<String> scopes, @Nullable String orgCode) {

	/**
	 * The token's organisation.
	 * @return the org code, or empty
	 */
	public Optional<String> organisation() {
		return Optional.ofNullable(this.orgCode);
	}

	@Override
	public String toString() {
		return "KindeAccessToken[expiresAt=" + this.expiresAt + ", scopes=" + this.scopes + ", orgCode=" + this.orgCode
				+ "]";
	}

}
