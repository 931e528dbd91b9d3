package io.github.kindem2m.validation;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.github.kindem2m.support.Decoders;
import io.github.kindem2m.support.JwksServer;
import io.github.kindem2m.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each validation rule, accepted and refused, with real RS256 tokens and a key set served
 * over HTTP.
 */
class KindeJwtDecoderTests {

	private static final JwksServer server = new JwksServer(TestTokens.KEY);

	private final KindeJwtDecoder decoder = Decoders.decoder(server);

	@BeforeEach
	void serveKey() {
		server.serve(TestTokens.KEY);
		server.resetCount();
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	private JWTClaimsSet.Builder claims() {
		return TestTokens.claims(server.domain());
	}

	private void assertRefused(String token, String description) {
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining(description)
			.satisfies((ex) -> {
				if (!token.isEmpty()) {
					assertThat(ex.getMessage()).doesNotContain(token);
				}
			});
	}

	@Test
	void acceptsAValidKindeToken() {
		Jwt jwt = this.decoder.decode(TestTokens.sign(claims().build()));
		assertThat(jwt.getClaimAsString("azp")).isEqualTo(TestTokens.CLIENT_ID);
		assertThat(jwt.getClaimAsString("org_code")).isEqualTo("org_acme");
	}

	@Test
	void acceptsAnyConfiguredAudience() {
		this.decoder.decode(TestTokens.sign(claims().audience(List.of("other", "https://second.example.test")).build()));
	}

	@Test
	void refusesAForeignOrMissingAudience() {
		assertRefused(TestTokens.sign(claims().audience("https://other.example.test").build()),
				"The aud claim is not valid");
		assertRefused(TestTokens.sign(claims().audience((String) null).build()), "The aud claim is not valid");
	}

	@Test
	void refusesAnotherIssuerIncludingTrailingSlashAndSchemeVariants() {
		assertRefused(TestTokens.sign(claims().issuer("https://evil.kinde.com").build()), "The iss claim is not valid");
		assertRefused(TestTokens.sign(claims().issuer(server.domain() + "/").build()), "The iss claim is not valid");
		assertRefused(TestTokens.sign(claims().issuer(server.domain().replace("http:", "https:")).build()),
				"The iss claim is not valid");
		assertRefused(TestTokens.sign(claims().issuer(null).build()), "The iss claim is not valid");
		assertRefused(TestTokens.sign(claims().issuer(server.domain().replace("http:", "HTTP:")).build()),
				"The iss claim is not valid");
	}

	@Test
	void requiresExp() {
		assertRefused(TestTokens.sign(claims().expirationTime(null).build()), "exp is required");
	}

	@Test
	void refusesAnExpiredTokenBeyondTheClockSkew() {
		Date issued = Date.from(Instant.now().minusSeconds(3600));
		assertRefused(TestTokens.sign(claims().issueTime(issued)
			.expirationTime(Date.from(Instant.now().minusSeconds(61)))
			.build()), "expired");
		this.decoder.decode(TestTokens.sign(claims().issueTime(issued)
			.expirationTime(Date.from(Instant.now().minusSeconds(30)))
			.build()));
		assertRefused(TestTokens.sign(claims().expirationTime(Date.from(Instant.now().minusSeconds(3600))).build()),
				"The token's exp claim is not after its iat claim");
	}

	@Test
	void refusesATokenNotYetValid() {
		assertRefused(TestTokens.sign(claims().notBeforeTime(Date.from(Instant.now().plusSeconds(120))).build()),
				"used before");
		this.decoder.decode(TestTokens.sign(claims().notBeforeTime(Date.from(Instant.now().minusSeconds(1))).build()));
	}

	@Test
	void refusesATokenIssuedInTheFuture() {
		assertRefused(TestTokens.sign(claims().issueTime(Date.from(Instant.now().plusSeconds(120))).build()),
				"The token's iat claim is in the future");
		this.decoder.decode(TestTokens.sign(claims().issueTime(Date.from(Instant.now().minusSeconds(86_000))).build()));
	}

	@Test
	void refusesUserTokensAndTokensWithoutGrantType() {
		assertRefused(TestTokens.sign(claims().claim("gty", List.of("authorization_code")).build()), "gty");
		assertRefused(TestTokens.sign(claims().claim("gty", null).build()), "gty");
		assertRefused(TestTokens.sign(claims().claim("gty", List.of("client_credentials", "password")).build()),
				"gty");
		this.decoder.decode(TestTokens.sign(claims().claim("gty", "client_credentials").build()));
	}

	@Test
	void refusesMalformedKindeClaims() {
		assertRefused(TestTokens.sign(claims().claim("org_code", "org acme").build()), "org_code");
		assertRefused(TestTokens.sign(claims().claim("feature_flags", List.of("agent-v2")).build()),
				"feature_flags claim must be a JSON object");
		assertRefused(TestTokens.sign(claims().claim("application_properties", "eu").build()),
				"application_properties claim must be a JSON object");
		assertRefused(TestTokens.sign(claims().claim("scope", List.of("kb:read")).build()),
				"scope claim must be a string");
		assertRefused(TestTokens.sign(claims().claim("azp", null).build()), "azp");
	}

	@Test
	void acceptsTypJwtAndAtJwtAndRefusesOthers() {
		for (String typ : List.of("JWT", "at+jwt")) {
			this.decoder.decode(TestTokens.sign(TestTokens.KEY, header().type(new JOSEObjectType(typ)).build(),
					claims().build()));
		}
		assertRefused(TestTokens.sign(TestTokens.KEY, header().type(new JOSEObjectType("dpop+jwt")).build(),
				claims().build()), "typ");
	}

	@Test
	void refusesCriticalHeaderExtensions() {
		assertRefused(TestTokens.sign(TestTokens.KEY,
				header().criticalParams(java.util.Set.of("exp")).customParam("exp", 1).build(), claims().build()),
				"must not carry crit");
	}

	@Test
	void refusesUnsignedTokens() {
		assertRefused(new PlainJWT(claims().build()).serialize(), "Unsigned tokens (alg none) are not accepted");
		assertThat(server.requests()).isZero();
	}

	@Test
	void refusesHmacKeyConfusionWithoutFetchingKeys() throws Exception {
		SignedJWT hs256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(),
				claims().build());
		hs256.sign(new MACSigner(TestTokens.KEY.toRSAPublicKey().getEncoded()));
		assertRefused(hs256.serialize(), "only RS256");
		assertThat(server.requests()).isZero();
	}

	@Test
	void refusesOtherRsaAlgorithms() {
		for (JWSAlgorithm alg : List.of(JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256)) {
			assertRefused(TestTokens.sign(TestTokens.KEY, new JWSHeader.Builder(alg).keyID("key-1").build(),
					claims().build()), "only RS256");
		}
		assertThat(server.requests()).isZero();
	}

	@Test
	void refusesHeadersThatNameTheirOwnKeyWithoutFetchingThem() throws Exception {
		RSAKey attacker = TestTokens.generate("key-1");
		assertRefused(TestTokens.sign(attacker, header().jwkURL(new java.net.URI(server.domain() + "/evil")).build(),
				claims().build()), "jku, x5u, jwk or x5c");
		assertRefused(TestTokens.sign(attacker, header().jwk(attacker.toPublicJWK()).build(), claims().build()),
				"jku, x5u, jwk or x5c");
		assertRefused(TestTokens.sign(attacker, header().x509CertURL(new java.net.URI(server.domain() + "/x5u")).build(),
				claims().build()), "jku, x5u, jwk or x5c");
		assertThat(server.requests()).isZero();
	}

	@Test
	void refusesATamperedPayload() {
		String token = TestTokens.sign(claims().build());
		String[] parts = token.split("\\.");
		String forged = TestTokens.sign(claims().claim("org_code", "org_globex").build()).split("\\.")[1];
		assertRefused(parts[0] + "." + forged + "." + parts[2], "The token signature is invalid");
	}

	@Test
	void refusesATruncatedOrEmptySignature() {
		String token = TestTokens.sign(claims().build());
		String unsigned = token.substring(0, token.lastIndexOf('.') + 1);
		assertRefused(unsigned, "The token");
		assertRefused(token.substring(0, token.length() - 10), "The token signature is invalid");
	}

	@Test
	void refusesATokenSignedByAKeyNotInTheKeySet() {
		assertRefused(TestTokens.sign(TestTokens.generate("key-1"), claims().build()), "The token signature is invalid");
		assertRefused(TestTokens.sign(TestTokens.generate("unknown"), claims().build()),
				"No signing key in the Kinde key set matches the token's key id");
	}

	@Test
	void neverUsesRsaKeysShorterThan2048Bits() {
		RSAKey weak = TestTokens.generate("weak", 1024);
		server.serve(TestTokens.KEY, weak);
		assertRefused(TestTokens.sign(weak, claims().build()), "shorter than 2048 bits");
	}

	@Test
	void refusesEncryptedTokensWithoutDecrypting() {
		String jwe = Base64URL.encode("{\"alg\":\"PBES2-HS256+A128KW\",\"enc\":\"A128GCM\",\"p2c\":2000000000,\"p2s\":\"c2FsdHNhbHQ\"}")
				+ ".a.b.c.d";
		assertRefused(jwe, "Encrypted tokens (JWE) are not accepted");
		assertThat(server.requests()).isZero();
	}

	@Test
	void refusesTheJsonSerialisationAndOtherShapes() {
		assertRefused("{\"payload\":\"e30\",\"signatures\":[]}", "compact form");
		assertRefused("a.b", "compact form");
		assertRefused("a.b.c.d", "compact form");
		assertRefused("", "The token is empty");
		assertRefused("not-base64!.@@@.###", "The token is malformed");
	}

	@Test
	void refusesOversizedTokensBeforeParsing() {
		String big = TestTokens.sign(claims().claim("padding", "x".repeat(17 * 1024)).build());
		assertRefused(big, "larger than 16384 bytes");
		assertThat(server.requests()).isZero();
	}

	@Test
	void refusesTokensWhoseOnlyMatchingKeyIsForEncryption() {
		RSAKey encryptionKey = new RSAKey.Builder(TestTokens.KEY).keyUse(com.nimbusds.jose.jwk.KeyUse.ENCRYPTION)
			.build();
		server.serve(encryptionKey);
		KindeJwtDecoder fresh = Decoders.decoder(server);
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> fresh.decode(TestTokens.sign(claims().build())))
			.withMessageContaining("No signing key");
	}

	@Test
	void descriptionsNeverRepeatClaimValues() {
		String token = TestTokens.sign(claims().issuer("https://secret-issuer.example").build());
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("secret-issuer"));
	}

	private static JWSHeader.Builder header() {
		return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("key-1");
	}

	@Test
	void keepsCustomClaims() {
		Jwt jwt = this.decoder.decode(TestTokens.sign(claims().claim("orgName", "Acme Inc")
			.claim("application_properties", Map.of("org_code", Map.of("v", "org_8ed648340ea9")))
			.build()));
		assertThat(jwt.getClaimAsString("orgName")).isEqualTo("Acme Inc");
	}

}
