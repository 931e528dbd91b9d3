package io.github.kindem2m.test.security;

import org.jspecify.annotations.Nullable;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One case of the attack catalogue and its expected outcome.
 *
 * @param id the stable name, listed in {@code docs/security.md}
 * @param attack what the case does
 * @param attempt builds the request
 * @param status the expected status
 * @param error the expected {@code WWW-Authenticate} error code; empty for a bare
 * {@code Bearer} challenge, {@code null} for none
 * @param contactsJwks whether the key set is fetched (only for unknown key ids)
 */
record AttackCase(String id, String attack, Step attempt, int status, @Nullable String error, boolean contactsJwks) {

	@Override
	public String toString() {
		return this.id + ": " + this.attack;
	}

	static AttackCase accepted(String id, String attack, TokenStep token) {
		return new AttackCase(id, attack, () -> AttackCatalogueTests.attempt(get(AttackCatalogueTests.PATH), token.get()),
				200, null, false);
	}

	static AttackCase invalid(String id, String attack, TokenStep token) {
		return new AttackCase(id, attack, () -> AttackCatalogueTests.attempt(get(AttackCatalogueTests.PATH), token.get()),
				401, "invalid_token", false);
	}

	static AttackCase invalidHeader(String id, String attack, TokenStep header) {
		return new AttackCase(id, attack, () -> {
			String value = header.get();
			return new Attempt(get(AttackCatalogueTests.PATH).header("Authorization", value), value.substring(7));
		}, 401, "invalid_token", false);
	}

	AttackCase contactingJwks() {
		return new AttackCase(this.id, this.attack, this.attempt, this.status, this.error, true);
	}

	/** The request of one attempt and the token it carries, if any. */
	record Attempt(MockHttpServletRequestBuilder request, @Nullable String token) {
	}

	@FunctionalInterface
	interface Step {

		Attempt get() throws Exception;

	}

	@FunctionalInterface
	interface TokenStep {

		String get() throws Exception;

	}

}
