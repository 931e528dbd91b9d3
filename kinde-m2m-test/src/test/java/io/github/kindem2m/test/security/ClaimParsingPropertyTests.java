package io.github.kindem2m.test.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import io.github.kindem2m.token.FeatureFlag;
import io.github.kindem2m.token.InvalidKindeClaimException;
import io.github.kindem2m.token.KindeM2mToken;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of claim parsing over 1000 seeded random claim sets: it either gives a typed
 * token or refuses with {@link InvalidKindeClaimException}, never accepts a malformed
 * {@code org_code}, and never coerces a flag's type.
 */
class ClaimParsingPropertyTests {

	private static final Pattern ORG_CODE = Pattern.compile("[A-Za-z0-9_-]{1,128}");

	static LongStream seeds() {
		return LongStream.range(0, 1000);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void parsingIsTotalAndNeverAcceptsAMalformedOrgCode(long seed) {
		RandomJson random = new RandomJson(seed);
		Map<String, Object> claims = baseClaims();
		Object orgCode = random.random().nextInt(3) > 0 ? random.orgCodeCandidate() : random.scalar();
		claims.put("org_code", orgCode);
		claims.put("scope", random.random().nextBoolean() ? random.string(20) : random.value(0));
		claims.put("feature_flags", random.value(0));
		claims.put("application_properties", random.value(0));
		KindeM2mToken token;
		try {
			token = KindeM2mToken.from(claims);
		}
		catch (InvalidKindeClaimException refused) {
			if (orgCode instanceof String text && text.length() > 3) {
				assertThat(refused.getMessage()).as("the message never repeats the value").doesNotContain(text);
			}
			return;
		}
		if (orgCode != null) {
			assertThat(orgCode).isInstanceOf(String.class);
			assertThat(ORG_CODE.matcher((String) orgCode).matches()).as("accepted org_code %s", orgCode).isTrue();
			assertThat(token.orgCode()).contains((String) orgCode);
		}
		for (FeatureFlag flag : token.flags().asMap().values()) {
			assertNotCoerced(flag);
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void flagsAreNeverCoerced(long seed) {
		RandomJson random = new RandomJson(seed);
		Map<String, Object> claims = baseClaims();
		Map<String, Object> entry = random.flagEntry();
		claims.put("feature_flags", Map.of("flag", entry));
		FeatureFlag flag = KindeM2mToken.from(claims).flags().get("flag").orElseThrow();
		assertNotCoerced(flag);
		Object code = entry.get("t");
		Object value = entry.get("v");
		assertThat(KindeM2mToken.from(claims).flags().bool("flag", false))
			.isEqualTo("b".equals(code) && Boolean.TRUE.equals(value));
		if (flag.kind() == FeatureFlag.Kind.INTEGER) {
			assertThat(value).isInstanceOf(Long.class);
			assertThat((Long) value).isBetween((long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE);
		}
	}

	private static void assertNotCoerced(FeatureFlag flag) {
		switch (flag.kind()) {
			case BOOLEAN -> assertThat(flag.value()).isInstanceOf(Boolean.class);
			case STRING -> assertThat(flag.value()).isInstanceOf(String.class);
			case INTEGER -> assertThat(flag.value()).isInstanceOf(Integer.class);
			case UNKNOWN -> assertThat(flag.typeCode()).isNotNull().isNotIn("b", "s", "i");
			case INVALID -> assertThat(flag.isValid()).isFalse();
		}
	}

	private static Map<String, Object> baseClaims() {
		Map<String, Object> claims = new HashMap<>();
		claims.put("iss", "https://acme.kinde.com");
		claims.put("aud", List.of("api"));
		claims.put("azp", "client");
		claims.put("exp", 4_000_000_000L);
		return claims;
	}

}
