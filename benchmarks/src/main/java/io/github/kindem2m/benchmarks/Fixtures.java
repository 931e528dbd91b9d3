package io.github.kindem2m.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.github.kindem2m.cache.VerifiedTokenCache;
import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import io.github.kindem2m.test.issuer.TokenMinter;
import io.github.kindem2m.validation.KindeJwtDecoder;
import io.github.kindem2m.validation.KindeJwtValidators;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The decoders under test, all over the same in-memory key set (the network is not part
 * of the per-request path), and Kinde-shaped tokens from a local issuer.
 */
final class Fixtures {

	static final String AUDIENCE = "https://api.bench.test";

	private Fixtures() {
	}

	static LocalKindeIssuer issuer() {
		return LocalKindeIssuer.builder().defaultAudience(AUDIENCE).start();
	}

	static JWKSource<SecurityContext> keys(LocalKindeIssuer issuer) {
		return new ImmutableJWKSet<>(new JWKSet(issuer.signingKey().toPublicJWK()));
	}

	/** A typical org-scoped agent token with the given number of extra flags. */
	static String token(LocalKindeIssuer issuer, int extraFlags) {
		TokenMinter minter = issuer.mint()
			.clientId("47dfff23348d4acc84ab2770a0fa877d")
			.org("org_acme")
			.scopes("kb:read", "kb:write")
			.flag("agent-v2", true)
			.property("model_version", "gpt-4")
			.property("region", "eu");
		for (int i = 0; i < extraFlags; i++) {
			minter.flag("flag-" + i, (i % 3 == 0) ? (Object) Boolean.TRUE : (i % 3 == 1) ? "value-" + i : (Object) i);
		}
		return minter.sign();
	}

	/** Plain Spring Security: NimbusJwtDecoder with issuer, audience and timestamp validators. */
	static JwtDecoder plain(LocalKindeIssuer issuer) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys(issuer)).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
				new JwtIssuerValidator(issuer.domain()), new JwtAudienceValidator(AUDIENCE)));
		return decoder;
	}

	/** The starter's decoder with every Kinde rule, no cache. */
	static JwtDecoder kinde(LocalKindeIssuer issuer) {
		return KindeJwtDecoder.create(keys(issuer), KindeJwtValidators.create(issuer.domain(), List.of(AUDIENCE),
				Duration.ofSeconds(60), Set.of("client_credentials"), List.of()), 16 * 1024);
	}

	/** The starter's decoder behind the verified-token cache. */
	static JwtDecoder kindeCached(LocalKindeIssuer issuer) {
		return new VerifiedTokenCache(1000, Duration.ofSeconds(60), Clock.systemUTC()).decorate(kinde(issuer));
	}

}
