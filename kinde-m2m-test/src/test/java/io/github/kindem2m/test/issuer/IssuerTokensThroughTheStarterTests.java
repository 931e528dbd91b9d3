package io.github.kindem2m.test.issuer;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.github.kindem2m.jwks.JwksSettings;
import io.github.kindem2m.jwks.KindeJwkSources;
import io.github.kindem2m.token.KindeM2mToken;
import io.github.kindem2m.validation.KindeJwtDecoder;
import io.github.kindem2m.validation.KindeJwtValidators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The issuer's tokens, good and bad, through the starter's real decoder: what the issuer
 * mints is what Kinde would, and its negative options are refused for the right reason.
 */
class IssuerTokensThroughTheStarterTests {

	private final LocalKindeIssuer issuer = LocalKindeIssuer.builder()
		.client(LocalClient.builder("acme-agent").org("org_acme").audiences("api").scopes("kb:read")
			.flag("agent-v2", true).property("region", "eu").build())
		.start();

	private final KindeJwtDecoder decoder = KindeJwtDecoder.create(
			KindeJwkSources.remote(new JwksSettings(URI.create(this.issuer.domain() + "/.well-known/jwks"),
					Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofHours(1),
					Duration.ofSeconds(2), Duration.ofSeconds(2), 50 * 1024)),
			KindeJwtValidators.create(this.issuer.domain(), List.of("api", LocalKindeIssuer.DEFAULT_AUDIENCE),
					Duration.ofSeconds(60), Set.of("client_credentials"), List.of()),
			16 * 1024);

	@AfterEach
	void stop() {
		this.issuer.close();
	}

	@Test
	void clientTokensAreAcceptedAndTyped() {
		KindeM2mToken token = KindeM2mToken.from(this.decoder.decode(this.issuer.token("acme-agent", "api")));
		assertThat(token.clientId()).isEqualTo("acme-agent");
		assertThat(token.orgCode()).contains("org_acme");
		assertThat(token.scopes()).containsExactly("kb:read");
		assertThat(token.flags().bool("agent-v2", false)).isTrue();
		assertThat(token.properties().string("region")).contains("eu");
	}

	@Test
	void negativeMintingOptionsAreRefusedForTheirReason() {
		assertRefused(this.issuer.mint().expired().sign(), "expired");
		assertRefused(this.issuer.mint().notBefore(Instant.now().plusSeconds(600)).sign(), "used before");
		assertRefused(this.issuer.mint().unsigned().sign(), "alg none");
		assertRefused(this.issuer.mint().signedWith(LocalKindeIssuer.generateKey()).sign(), "No signing key");
		assertRefused(this.issuer.mint().audience("other").sign(), "aud");
		assertRefused(this.issuer.mint().header("alg", "HS256").sign(), "RS256");
		assertRefused(this.issuer.mint().claim("gty", List.of("authorization_code")).sign(), "gty");
	}

	@Test
	void aRotatedKeyIsPickedUpWithOneKeySetRequest() {
		this.decoder.decode(this.issuer.mint().sign());
		int before = this.issuer.jwksRequests();
		String oldKey = this.issuer.signingKey().getKeyID();
		this.issuer.rotateKey();
		this.decoder.decode(this.issuer.mint().sign());
		this.decoder.decode(this.issuer.mint().sign());
		assertThat(this.issuer.jwksRequests()).isEqualTo(before + 1);
		this.issuer.retireKey(oldKey);
		this.decoder.decode(this.issuer.mint().sign());
	}

	private void assertRefused(String token, String description) {
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining(description);
	}

}
