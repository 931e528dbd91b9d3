package io.github.kindem2m.test.security;

import java.util.Random;
import java.util.stream.LongStream;

import io.github.kindem2m.test.KindeM2mTest;
import io.github.kindem2m.test.app.ArticlesApplication;
import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import io.github.kindem2m.test.issuer.TokenMinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Properties of the whole filter chain over seeded random inputs: mutated tokens, random
 * {@code Authorization} headers and random Kinde claims never produce a 500, a mutated
 * token is never accepted with changed claims, and no accepted token reaches another
 * organisation.
 */
@SpringBootTest(classes = ArticlesApplication.class)
@AutoConfigureMockMvc
@KindeM2mTest
class HostileRequestPropertyTests {

	private static final String PATH = "/api/orgs/org_acme/articles";

	private static final String SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ~!\"{}\t";

	static LocalKindeIssuer issuer;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void issuer(LocalKindeIssuer localIssuer) {
		issuer = localIssuer;
	}

	static LongStream seeds() {
		return LongStream.range(0, 300);
	}

	private MockHttpServletResponse call(String authorization) throws Exception {
		return this.mvc.perform(get(PATH).header("Authorization", authorization)).andReturn().getResponse();
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void mutatedTokensAreRefusedOrUnchanged(long seed) throws Exception {
		Random random = new Random(seed);
		String original = issuer.mint().org("org_acme").scopes("kb:read").sign();
		StringBuilder token = new StringBuilder(original);
		for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
			int at = random.nextInt(token.length());
			switch (random.nextInt(3)) {
				case 0 -> token.setCharAt(at, SAFE.charAt(random.nextInt(SAFE.length())));
				case 1 -> token.insert(at, SAFE.charAt(random.nextInt(SAFE.length())));
				default -> token.deleteCharAt(at);
			}
		}
		MockHttpServletResponse response = call("Bearer " + token);
		assertThat(response.getStatus()).as("seed %d: %s", seed, token).isIn(200, 400, 401);
		if (response.getStatus() == 200) {
			String[] mutated = token.toString().split("\\.");
			String[] clean = original.split("\\.");
			assertThat(mutated[0] + "." + mutated[1]).as("accepted only with unchanged header and claims")
				.isEqualTo(clean[0] + "." + clean[1]);
		}
		else {
			assertThat(response.getContentAsString()).doesNotContain(token.toString());
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void randomAuthorizationHeadersAreNeverAServerError(long seed) throws Exception {
		Random random = new Random(seed);
		String[] schemes = { "Bearer ", "bearer ", "BEARER", "Basic ", "", "Bearer  ", "Token " };
		StringBuilder value = new StringBuilder(schemes[random.nextInt(schemes.length)]);
		for (int i = random.nextInt(200); i > 0; i--) {
			value.append(SAFE.charAt(random.nextInt(SAFE.length())));
		}
		assertThat(call(value.toString()).getStatus()).as("seed %d: %s", seed, value).isIn(400, 401);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void randomKindeClaimsNeverReachAnotherOrganisation(long seed) throws Exception {
		RandomJson random = new RandomJson(seed);
		TokenMinter minter = issuer.mint().scopes("kb:read");
		Object orgCode = random.random().nextInt(3) > 0 ? random.orgCodeCandidate() : random.scalar();
		minter.claim("org_code", orgCode);
		minter.claim("feature_flags", random.value(0));
		minter.claim("application_properties", random.value(0));
		if (random.random().nextBoolean()) {
			minter.claim("scope", random.value(0));
		}
		MockHttpServletResponse response = call("Bearer " + minter.sign());
		assertThat(response.getStatus()).as("seed %d", seed).isIn(200, 401, 403);
		if (response.getStatus() == 200) {
			assertThat(orgCode).isEqualTo("org_acme");
		}
	}

}
