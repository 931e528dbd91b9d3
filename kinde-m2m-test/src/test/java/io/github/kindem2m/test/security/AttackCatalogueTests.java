package io.github.kindem2m.test.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.github.kindem2m.test.KindeM2mTest;
import io.github.kindem2m.test.app.ArticlesApplication;
import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import io.github.kindem2m.test.issuer.TokenMinter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The JWT attack catalogue: hostile tokens and requests through the application's real
 * filter chain, with the key set served over HTTP by a {@link LocalKindeIssuer}. Each case
 * asserts the status, the {@code WWW-Authenticate} error code, and whether the key set was
 * fetched. Refetches are not rate limited here ({@code min-refetch-interval=1ms}), so every
 * key lookup for an unknown {@code kid} shows as one key set request, and a case refused
 * before any key lookup shows none. {@code docs/security.md} lists every case.
 */
@SpringBootTest(classes = ArticlesApplication.class, properties = "kinde.m2m.jwks.min-refetch-interval=1ms")
@AutoConfigureMockMvc
@KindeM2mTest
class AttackCatalogueTests {

	static final String PATH = "/api/orgs/org_acme/articles";

	static LocalKindeIssuer issuer;

	static CanaryServer canary;

	static RSAKey attacker;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void start(LocalKindeIssuer localIssuer) {
		issuer = localIssuer;
		canary = new CanaryServer();
		attacker = LocalKindeIssuer.generateKey();
	}

	@AfterAll
	static void stop() {
		canary.close();
	}

	/** A valid token for the guarded endpoint, to start each attack from. */
	static TokenMinter valid() {
		return issuer.mint().org("org_acme").scopes("kb:read");
	}

	static String kid() {
		return issuer.signingKey().getKeyID();
	}

	static Map<String, Object> header(String alg) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("alg", alg);
		header.put("kid", kid());
		header.put("typ", "JWT");
		return header;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("catalogue")
	void attack(AttackCase attack) throws Exception {
		this.mvc.perform(get(PATH).header("Authorization", "Bearer " + valid().sign())); // keys cached
		int jwksBefore = issuer.jwksRequests();
		int canaryBefore = canary.requests();
		AttackCase.Attempt attempt = attack.attempt().get();
		MockHttpServletResponse response = this.mvc.perform(attempt.request()).andReturn().getResponse();
		assertThat(response.getStatus()).as("status").isEqualTo(attack.status());
		String challenge = response.getHeader("WWW-Authenticate");
		if (attack.error() == null) {
			assertThat(challenge).as("no challenge").isNull();
		}
		else if (attack.error().isEmpty()) {
			assertThat(challenge).as("bare challenge").isEqualTo("Bearer");
		}
		else {
			assertThat(challenge).as("challenge").startsWith("Bearer error=\"" + attack.error() + "\"");
		}
		int fetched = issuer.jwksRequests() - jwksBefore;
		if (attack.contactsJwks()) {
			assertThat(fetched).as("key set fetched for the unknown kid").isPositive();
		}
		else {
			assertThat(fetched).as("key set never fetched").isZero();
		}
		assertThat(canary.requests() - canaryBefore).as("attacker URL never fetched").isZero();
		if (attempt.token() != null && attempt.token().length() > 20 && response.getStatus() != 200) {
			assertThat(response.getContentAsString()).as("token not echoed").doesNotContain(attempt.token());
		}
	}

	@Test
	void theCatalogueHasAtLeastFiftyHostileCases() {
		assertThat(catalogue().filter((attack) -> attack.status() != 200).count()).isGreaterThanOrEqualTo(50);
	}

	static Stream<AttackCase> catalogue() {
		List<AttackCase> cases = new ArrayList<>();
		cases.add(AttackCase.accepted("baseline-valid", "A valid token (the control case)", () -> valid().sign()));

		// alg none, in every spelling
		for (String none : List.of("none", "None", "NONE", "nOnE")) {
			cases.add(AttackCase.invalid("alg-" + none, "alg \"" + none + "\" with an empty signature",
					() -> valid().header("alg", none).unsigned().header("alg", none).sign()));
		}
		cases.add(AttackCase.invalid("alg-none-with-signature", "alg none with a real signature appended",
				() -> {
					String signed = valid().sign();
					return Forge.replace(signed, 0, Forge.b64(Forge.json(header("none"))));
				}));

		// key confusion and algorithms outside the allow-list
		cases.add(AttackCase.invalid("hs256-public-key-der", "HS256 keyed with the RSA public key (DER)",
				() -> Forge.sign(new MACSigner(issuer.signingKey().toRSAPublicKey().getEncoded()), JWSAlgorithm.HS256,
						header("HS256"), valid().claims())));
		cases.add(AttackCase.invalid("hs256-public-key-pem", "HS256 keyed with the RSA public key (PEM text)",
				() -> Forge.sign(new MACSigner(pem(issuer.signingKey()).getBytes(StandardCharsets.US_ASCII)),
						JWSAlgorithm.HS256, header("HS256"), valid().claims())));
		cases.add(AttackCase.invalid("hs256-jwk-modulus", "HS256 keyed with the JWK's modulus",
				() -> Forge.sign(new MACSigner(issuer.signingKey().getModulus().decode()), JWSAlgorithm.HS256,
						header("HS256"), valid().claims())));
		cases.add(AttackCase.invalid("hs384", "HS384", () -> Forge.sign(new MACSigner(new byte[48]), JWSAlgorithm.HS384,
				header("HS384"), valid().claims())));
		cases.add(AttackCase.invalid("hs512", "HS512", () -> Forge.sign(new MACSigner(new byte[64]), JWSAlgorithm.HS512,
				header("HS512"), valid().claims())));
		for (JWSAlgorithm alg : List.of(JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS512)) {
			cases.add(AttackCase.invalid(alg.getName().toLowerCase() + "-real-key", alg + " signed with the real key",
					() -> Forge.sign(new RSASSASigner(issuer.signingKey()), alg, header(alg.getName()), valid().claims())));
		}
		cases.add(AttackCase.invalid("es256", "ES256 signed with an attacker's EC key", () -> {
			ECKey ec = new ECKeyGenerator(Curve.P_256).keyID(kid()).generate();
			return Forge.sign(new ECDSASigner(ec), JWSAlgorithm.ES256, header("ES256"), valid().claims());
		}));
		cases.add(AttackCase.invalid("es256-psychic-signature", "ES256 with the all-zero (r=0, s=0) signature",
				() -> Forge.b64(Forge.json(header("ES256"))) + "." + Forge.b64(Forge.json(valid().claims())) + "."
						+ Forge.b64(new byte[64])));
		cases.add(AttackCase.invalid("eddsa", "EdDSA header with a random signature",
				() -> Forge.replace(valid().sign(), 0, Forge.b64(Forge.json(header("EdDSA"))))));
		cases.add(AttackCase.invalid("alg-unknown", "An algorithm name nobody knows",
				() -> Forge.replace(valid().sign(), 0, Forge.b64(Forge.json(header("RS999"))))));

		// signature damage and edits after signing
		cases.add(AttackCase.invalid("signature-empty", "RS256 with an empty signature",
				() -> Forge.replace(valid().sign(), 2, "")));
		cases.add(AttackCase.invalid("signature-truncated", "Signature cut short",
				() -> {
					String token = valid().sign();
					return token.substring(0, token.length() - 12);
				}));
		cases.add(AttackCase.invalid("signature-bit-flipped", "One bit of the signature flipped",
				() -> Forge.flipSignatureBit(valid().sign())));
		cases.add(AttackCase.invalid("signature-of-another-token", "A valid signature of another token",
				() -> Forge.replace(valid().sign(), 2, Forge.parts(valid().org("org_globex").sign())[2])));
		cases.add(AttackCase.invalid("payload-edited", "org_code changed after signing",
				() -> Forge.replace(valid().sign(), 1, Forge.parts(valid().org("org_globex").sign())[1])));
		cases.add(AttackCase.invalid("header-edited", "typ added to the header after signing", () -> {
			Map<String, Object> header = header("RS256");
			header.put("typ", "at+jwt");
			return Forge.replace(valid().sign(), 0, Forge.b64(Forge.json(header)));
		}));
		cases.add(AttackCase.invalid("attacker-key-known-kid", "Signed by an attacker's key under the real kid",
				() -> Forge.sign(new RSASSASigner(attacker), JWSAlgorithm.RS256, header("RS256"), valid().claims())));
		cases.add(AttackCase.invalid("attacker-key-no-kid", "Signed by an attacker's key with no kid", () -> {
			Map<String, Object> header = header("RS256");
			header.remove("kid");
			return Forge.sign(new RSASSASigner(attacker), JWSAlgorithm.RS256, header, valid().claims());
		}));
		cases.add(AttackCase.invalid("attacker-key-unknown-kid", "Signed by an attacker's key under a new kid",
				() -> valid().signedWith(attacker).sign()).contactingJwks());

		// keys named by the token itself
		cases.add(AttackCase.invalid("jku-canary", "jku pointing at the attacker's key set",
				() -> valid().signedWith(attacker).header("jku", canary.url("/jwks.json")).sign()));
		cases.add(AttackCase.invalid("x5u-canary", "x5u pointing at the attacker's certificate",
				() -> valid().signedWith(attacker).header("x5u", canary.url("/cert.pem")).sign()));
		cases.add(AttackCase.invalid("jwk-embedded", "The attacker's public key embedded as jwk",
				() -> valid().signedWith(attacker).header("jwk", attacker.toPublicJWK().toJSONObject()).sign()));
		cases.add(AttackCase.invalid("jwk-embedded-real-kid", "Embedded jwk under the real kid",
				() -> Forge.sign(new RSASSASigner(attacker), JWSAlgorithm.RS256,
						with(header("RS256"), "jwk", attacker.toPublicJWK().toJSONObject()), valid().claims())));
		cases.add(AttackCase.invalid("x5c-garbage", "x5c with a certificate chain that is not one",
				() -> valid().header("x5c", List.of("bm90IGEgY2VydA")).sign()));
		cases.add(AttackCase.invalid("kid-path-traversal", "kid ../../../../etc/passwd",
				() -> valid().signedWith(attacker).header("kid", "../../../../etc/passwd").sign()).contactingJwks());
		cases.add(AttackCase.invalid("kid-url", "kid that is the attacker's URL",
				() -> valid().signedWith(attacker).header("kid", canary.url("/kid")).sign()).contactingJwks());
		cases.add(AttackCase.invalid("kid-sql", "kid with SQL injection",
				() -> valid().signedWith(attacker).header("kid", "' OR '1'='1").sign()).contactingJwks());
		cases.add(AttackCase.invalid("kid-huge", "A 9 KB kid (the token stays under 16 KB)",
				() -> valid().signedWith(attacker).header("kid", "k".repeat(9 * 1024)).sign()).contactingJwks());
		cases.add(AttackCase.invalid("kid-oversized", "A 12 KB kid (the token passes 16 KB)",
				() -> valid().signedWith(attacker).header("kid", "k".repeat(12 * 1024)).sign()));

		// header members
		cases.add(AttackCase.invalid("crit-unknown", "crit naming an unknown parameter",
				() -> valid().header("crit", List.of("x-kinde-extra")).header("x-kinde-extra", true).sign()));
		cases.add(AttackCase.invalid("crit-known", "crit naming a registered claim",
				() -> valid().header("crit", List.of("exp")).header("exp", 1).sign()));
		cases.add(AttackCase.invalid("crit-empty", "crit as an empty list", () -> valid().header("crit", List.of()).sign()));
		cases.add(AttackCase.invalid("kid-number", "kid as a number", () -> valid().header("kid", 42).sign()));
		cases.add(AttackCase.invalid("alg-number", "alg as a number",
				() -> Forge.replace(valid().sign(), 0, Forge.b64("{\"alg\":256,\"kid\":\"" + kid() + "\"}"))));
		cases.add(AttackCase.invalid("typ-object", "typ as an object", () -> valid().header("typ", Map.of("t", "JWT")).sign()));
		cases.add(AttackCase.invalid("typ-dpop", "typ dpop+jwt", () -> valid().header("typ", "dpop+jwt").sign()));

		// issuer
		cases.add(AttackCase.invalid("iss-foreign", "Another Kinde domain",
				() -> valid().issuer("https://evil.kinde.com").sign()));
		cases.add(AttackCase.invalid("iss-missing", "No iss", () -> valid().claim("iss", null).sign()));
		cases.add(AttackCase.invalid("iss-array", "iss as an array",
				() -> valid().claim("iss", List.of(issuer.domain())).sign()));
		cases.add(AttackCase.invalid("iss-trailing-slash", "iss with a trailing slash",
				() -> valid().issuer(issuer.domain() + "/").sign()));
		cases.add(AttackCase.invalid("iss-https-variant", "iss with the other scheme",
				() -> valid().issuer(issuer.domain().replace("http://", "https://")).sign()));
		cases.add(AttackCase.invalid("iss-case-variant", "iss with the scheme in capitals",
				() -> valid().issuer(issuer.domain().replace("http://", "HTTP://")).sign()));

		// audience
		cases.add(AttackCase.invalid("aud-missing", "No aud", () -> valid().claim("aud", null).sign()));
		cases.add(AttackCase.invalid("aud-foreign", "Another API's audience", () -> valid().audience("https://other.api").sign()));
		cases.add(AttackCase.invalid("aud-number", "aud as a number", () -> valid().claim("aud", 42).sign()));
		cases.add(AttackCase.invalid("aud-object", "aud as an object",
				() -> valid().claim("aud", Map.of("aud", LocalKindeIssuer.DEFAULT_AUDIENCE)).sign()));

		// times
		long now = Instant.now().getEpochSecond();
		cases.add(AttackCase.invalid("exp-missing", "No exp", () -> valid().claim("exp", null).sign()));
		cases.add(AttackCase.invalid("exp-past", "Expired an hour ago", () -> valid().expired().sign()));
		cases.add(AttackCase.invalid("exp-string", "exp as a string", () -> valid().claim("exp", String.valueOf(now + 600)).sign()));
		cases.add(AttackCase.invalid("exp-float-past", "exp as a fraction in the past",
				() -> valid().issuedAt(Instant.now().minusSeconds(7200)).claim("exp", now - 3600.5).sign()));
		cases.add(AttackCase.invalid("exp-huge", "exp beyond what a date can hold",
				() -> valid().claim("exp", new java.math.BigDecimal("99999999999999999999")).sign()));
		cases.add(AttackCase.invalid("exp-negative", "exp before 1970", () -> valid().claim("exp", -1L).sign()));
		cases.add(AttackCase.invalid("nbf-future", "Not valid for another 10 minutes",
				() -> valid().claim("nbf", now + 600).sign()));
		cases.add(AttackCase.invalid("nbf-string", "nbf as a string", () -> valid().claim("nbf", "0").sign()));
		cases.add(AttackCase.invalid("nbf-huge", "nbf beyond what a date can hold",
				() -> valid().claim("nbf", new java.math.BigDecimal("99999999999999999999")).sign()));
		cases.add(AttackCase.invalid("iat-future", "Issued in 10 minutes", () -> valid().claim("iat", now + 600).sign()));
		cases.add(AttackCase.invalid("iat-string", "iat as a string", () -> valid().claim("iat", "yesterday").sign()));

		// grant type
		cases.add(AttackCase.invalid("gty-user", "A user token (authorization_code)",
				() -> valid().claim("gty", List.of("authorization_code")).sign()));
		cases.add(AttackCase.invalid("gty-missing", "No gty", () -> valid().claim("gty", null).sign()));
		cases.add(AttackCase.invalid("gty-mixed", "client_credentials plus password",
				() -> valid().claim("gty", List.of("client_credentials", "password")).sign()));

		// encrypted tokens, refused without decrypting
		cases.add(AttackCase.invalid("jwe-five-segments", "A JWE (RSA-OAEP-256, A256GCM)",
				() -> Forge.b64("{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A256GCM\",\"kid\":\"" + kid() + "\"}") + ".a.b.c.d"));
		cases.add(AttackCase.invalid("jwe-pbes2-huge-iterations", "PBES2 with 2 billion iterations",
				() -> Forge.b64("{\"alg\":\"PBES2-HS512+A256KW\",\"enc\":\"A256GCM\",\"p2c\":2147483647,\"p2s\":\"c2FsdA\"}")
						+ ".AAAA.AAAA.AAAA.AAAA"));
		cases.add(AttackCase.invalid("jwe-compressed", "A JWE with a DEFLATE-compressed payload",
				() -> Forge.b64("{\"alg\":\"dir\",\"enc\":\"A128GCM\",\"zip\":\"DEF\"}") + "..AAAA.AAAA.AAAA"));

		// compact serialisation shapes
		cases.add(AttackCase.invalid("two-segments", "header.payload only", () -> {
			String[] parts = Forge.parts(valid().sign());
			return parts[0] + "." + parts[1];
		}));
		cases.add(AttackCase.invalid("four-segments", "An extra segment", () -> valid().sign() + ".AAAA"));
		cases.add(AttackCase.invalid("base64-padding", "Padding inside the token",
				() -> Forge.replace(valid().sign(), 0, Forge.parts(valid().sign())[0] + "==")));
		cases.add(AttackCase.invalid("standard-base64", "Standard base64 characters (+ and /)",
				() -> Forge.replace(valid().sign(), 2, Forge.parts(valid().sign())[2].replace('-', '+').replace('_', '/') + "+/")));
		cases.add(AttackCase.invalid("whitespace", "A space inside the token", () -> {
			String token = valid().sign();
			return token.substring(0, 20) + " " + token.substring(20);
		}));
		cases.add(AttackCase.invalid("header-not-json", "A header that is not JSON",
				() -> Forge.replace(valid().sign(), 0, Forge.b64("hello"))));
		cases.add(AttackCase.invalid("payload-not-json", "A payload that is not JSON",
				() -> Forge.replace(valid().sign(), 1, Forge.b64("[1,2,3]"))));
		cases.add(AttackCase.invalid("payload-not-utf8", "A payload that is not UTF-8",
				() -> Forge.replace(valid().sign(), 1, Forge.b64(new byte[] { (byte) 0xff, (byte) 0xfe, '{', '}' }))));
		cases.add(AttackCase.invalid("duplicate-claims", "Two iss claims, signed",
				() -> signedPayload("{\"iss\":\"https://evil.kinde.com\"," + Forge.json(valid().claims()).substring(1))));
		cases.add(AttackCase.invalid("deep-nesting", "5000 nested arrays in a claim, signed",
				() -> signedPayload(Forge.json(valid().claims()).replaceFirst("\\}$",
						",\"deep\":" + "[".repeat(5000) + "]".repeat(5000) + "}"))));
		cases.add(AttackCase.invalid("oversized", "A 20 KB token", () -> valid().claim("padding", "x".repeat(20 * 1024)).sign()));

		// transport
		cases.add(new AttackCase("authorization-missing", "No Authorization header", () -> new AttackCase.Attempt(get(PATH), null),
				401, "", false));
		cases.add(new AttackCase("authorization-empty", "An empty Authorization header",
				() -> new AttackCase.Attempt(get(PATH).header("Authorization", ""), null), 401, "", false));
		cases.add(new AttackCase("bearer-empty", "Bearer with no token",
				() -> new AttackCase.Attempt(get(PATH).header("Authorization", "Bearer "), null), 401, "invalid_token",
				false));
		cases.add(new AttackCase("authorization-duplicated", "Two Authorization headers", () -> {
			String token = valid().sign();
			return new AttackCase.Attempt(get(PATH).header("Authorization", "Bearer " + token, "Bearer " + token), token);
		}, 400, "invalid_request", false));
		cases.add(new AttackCase("scheme-basic", "Basic credentials instead of a bearer token",
				() -> new AttackCase.Attempt(get(PATH).header("Authorization", "Basic YWRtaW46YWRtaW4="), null), 401, "",
				false));
		cases.add(new AttackCase("scheme-token", "Another scheme carrying a valid token", () -> {
			String token = valid().sign();
			return new AttackCase.Attempt(get(PATH).header("Authorization", "Token " + token), token);
		}, 401, "", false));
		cases.add(new AttackCase("query-string-only", "Token only in the query string", () -> {
			String token = valid().sign();
			return new AttackCase.Attempt(get(PATH).queryParam("access_token", token), token);
		}, 401, "", false));
		cases.add(new AttackCase("form-body-only", "Token only in a form body", () -> {
			String token = valid().sign();
			return new AttackCase.Attempt(post(PATH).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("access_token=" + token), token);
		}, 401, "", false));
		cases.add(new AttackCase("header-and-query", "Header plus access_token parameter", () -> {
			String token = valid().sign();
			return new AttackCase.Attempt(get(PATH).header("Authorization", "Bearer " + token).queryParam("access_token", token),
					token);
		}, 400, "invalid_request", false));
		cases.add(AttackCase.invalidHeader("bearer-double-space", "Bearer followed by two spaces",
				() -> "Bearer  " + valid().sign()));

		// Kinde claims
		cases.add(AttackCase.invalid("org-code-space", "org_code with a space", () -> valid().org("org acme").sign()));
		cases.add(AttackCase.invalid("org-code-empty", "org_code empty", () -> valid().claim("org_code", "").sign()));
		cases.add(AttackCase.invalid("org-code-number", "org_code as a number", () -> valid().claim("org_code", 42).sign()));
		cases.add(AttackCase.invalid("org-code-too-long", "org_code of 129 characters", () -> valid().org("o".repeat(129)).sign()));
		cases.add(AttackCase.invalid("org-code-homoglyph", "org_code with a Cyrillic a", () -> valid().org("org_\u0430cme").sign()));
		cases.add(AttackCase.invalid("scope-array", "scope as an array", () -> valid().claim("scope", List.of("kb:read")).sign()));
		cases.add(AttackCase.invalid("feature-flags-array", "feature_flags as an array",
				() -> valid().claim("feature_flags", List.of("agent-v2")).sign()));
		cases.add(AttackCase.invalid("application-properties-string", "application_properties as a string",
				() -> valid().claim("application_properties", "eu").sign()));
		cases.add(AttackCase.invalid("azp-missing", "No azp (client id)", () -> valid().claim("azp", null).sign()));

		// organisation isolation
		cases.add(new AttackCase("org-other-path", "A valid token for another organisation's path",
				() -> attempt(get("/api/orgs/org_globex/articles"), valid().sign()), 403, "insufficient_scope", false));
		cases.add(new AttackCase("org-case-variant-path", "The organisation in capitals",
				() -> attempt(get("/api/orgs/ORG_ACME/articles"), valid().sign()), 403, "insufficient_scope", false));
		cases.add(new AttackCase("org-missing", "A valid token without org_code",
				() -> attempt(get(PATH), valid().org(null).sign()), 403, "insufficient_scope", false));
		cases.add(new AttackCase("scope-missing", "A valid token without kb:read",
				() -> attempt(get(PATH), valid().scopes().sign()), 403, "insufficient_scope", false));
		return cases.stream();
	}

	static AttackCase.Attempt attempt(MockHttpServletRequestBuilder request, String token) {
		return new AttackCase.Attempt(request.header("Authorization", "Bearer " + token), token);
	}

	private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		map.put(key, value);
		return map;
	}

	private static String signedPayload(String payloadJson) {
		String input = Forge.b64(Forge.json(header("RS256"))) + "." + Forge.b64(payloadJson);
		try {
			return input + "." + new RSASSASigner(issuer.signingKey())
				.sign(new com.nimbusds.jose.JWSHeader(JWSAlgorithm.RS256), input.getBytes(StandardCharsets.US_ASCII));
		}
		catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String pem(RSAKey key) throws com.nimbusds.jose.JOSEException {
		return "-----BEGIN PUBLIC KEY-----\n"
				+ java.util.Base64.getMimeEncoder().encodeToString(key.toRSAPublicKey().getEncoded())
				+ "\n-----END PUBLIC KEY-----\n";
	}

}
