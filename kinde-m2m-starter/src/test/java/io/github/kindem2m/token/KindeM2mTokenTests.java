package io.github.kindem2m.token;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KindeM2mTokenTests {

	private static Map<String, Object> claims() {
		Map<String, Object> claims = new HashMap<>();
		claims.put("iss", "https://acme.kinde.com");
		claims.put("aud", List.of("api"));
		claims.put("azp", "client-1");
		claims.put("gty", List.of("client_credentials"));
		claims.put("exp", Instant.parse("2030-01-01T00:00:00Z"));
		claims.put("iat", 1_700_000_000L);
		claims.put("jti", "id-1");
		return claims;
	}

	private static KindeM2mToken with(String name, Object value) {
		Map<String, Object> claims = claims();
		claims.put(name, value);
		return KindeM2mToken.from(claims);
	}

	@Test
	void readsRegisteredClaims() {
		KindeM2mToken token = KindeM2mToken.from(claims());
		assertThat(token.clientId()).isEqualTo("client-1");
		assertThat(token.issuer()).isEqualTo("https://acme.kinde.com");
		assertThat(token.audience()).containsExactly("api");
		assertThat(token.grantTypes()).containsExactly("client_credentials");
		assertThat(token.expiresAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
		assertThat(token.issuedAt()).contains(Instant.ofEpochSecond(1_700_000_000L));
		assertThat(token.tokenId()).contains("id-1");
		assertThat(token.orgCode()).isEmpty();
		assertThat(token.scopes()).isEmpty();
		assertThat(token.flags().isEmpty()).isTrue();
		assertThat(token.properties().names()).isEmpty();
	}

	@Test
	void scopesAreTheUnionOfScopeAndScp() {
		Map<String, Object> claims = claims();
		claims.put("scope", " kb:read  kb:write ");
		claims.put("scp", List.of("kb:write", "tools:run"));
		KindeM2mToken token = KindeM2mToken.from(claims);
		assertThat(token.scopes()).containsExactly("kb:read", "kb:write", "tools:run");
		assertThat(token.hasScope("kb:read")).isTrue();
		assertThat(token.hasScope("KB:READ")).isFalse();
	}

	@Test
	void emptyScopeStringMeansNoScopes() {
		assertThat(with("scope", "").scopes()).isEmpty();
	}

	@Test
	void orgCodeIsKeptExactly() {
		assertThat(with("org_code", "org_ba4a2311eb1").orgCode()).contains("org_ba4a2311eb1");
	}

	@Test
	void malformedOrgCodesRefuseTheToken() {
		for (Object bad : List.of("", "org acme", "org/acme", "org_é", "x".repeat(129), 42, List.of("org_a"))) {
			assertThatExceptionOfType(InvalidKindeClaimException.class).as("org_code %s", bad)
				.isThrownBy(() -> with("org_code", bad))
				.withMessageContaining("org_code");
		}
		assertThat(with("org_code", "x".repeat(128)).orgCode()).isPresent();
	}

	@Test
	void malformedContainersRefuseTheToken() {
		assertThatExceptionOfType(InvalidKindeClaimException.class).isThrownBy(() -> with("scope", List.of("kb:read")))
			.withMessage("The scope claim must be a string");
		assertThatExceptionOfType(InvalidKindeClaimException.class).isThrownBy(() -> with("feature_flags", List.of()))
			.withMessage("The feature_flags claim must be a JSON object");
		assertThatExceptionOfType(InvalidKindeClaimException.class)
			.isThrownBy(() -> with("application_properties", "eu"))
			.withMessage("The application_properties claim must be a JSON object");
		assertThatExceptionOfType(InvalidKindeClaimException.class).isThrownBy(() -> with("scp", "kb:read"))
			.withMessageContaining("scp");
	}

	@Test
	void missingClientIdRefusesTheToken() {
		Map<String, Object> claims = claims();
		claims.remove("azp");
		assertThatExceptionOfType(InvalidKindeClaimException.class).isThrownBy(() -> KindeM2mToken.from(claims))
			.withMessageContaining("azp");
	}

	@Test
	void typedFlagsReadTheirValues() {
		KindeM2mToken token = with("feature_flags",
				Map.of("agent-v2", Map.of("t", "b", "v", true), "tone", Map.of("t", "s", "v", "formal"), "limit",
						Map.of("t", "i", "v", 25L)));
		assertThat(token.flags().bool("agent-v2", false)).isTrue();
		assertThat(token.flags().string("tone", "casual")).isEqualTo("formal");
		assertThat(token.flags().integer("limit", 0)).isEqualTo(25);
		assertThat(token.flags().names()).containsExactlyInAnyOrder("agent-v2", "tone", "limit");
	}

	@Test
	void absentFlagsGiveTheDefault() {
		KindeM2mToken token = KindeM2mToken.from(claims());
		assertThat(token.flags().bool("agent-v2", true)).isTrue();
		assertThat(token.flags().get("agent-v2")).isEmpty();
	}

	@Test
	void flagsAreNeverCoerced() {
		KindeM2mToken token = with("feature_flags",
				Map.of("text-bool", Map.of("t", "b", "v", "true"), "float-int", Map.of("t", "i", "v", 1.5),
						"whole-float", Map.of("t", "i", "v", 1.0), "big-int", Map.of("t", "i", "v", 2_147_483_648L),
						"no-code", Map.of("v", true), "not-object", true));
		for (String name : List.of("text-bool", "float-int", "whole-float", "big-int", "no-code", "not-object")) {
			assertThat(token.flags().get(name)).as(name).hasValueSatisfying((flag) -> {
				assertThat(flag.isValid()).isFalse();
				assertThat(flag.kind()).isEqualTo(FeatureFlag.Kind.INVALID);
			});
		}
		assertThat(token.flags().bool("text-bool", false)).isFalse();
		assertThat(token.flags().integer("float-int", -1)).isEqualTo(-1);
		assertThat(token.flags().integer("big-int", -1)).isEqualTo(-1);
	}

	@Test
	void wrongTypeReadsGiveTheDefault() {
		KindeM2mToken token = with("feature_flags", Map.of("agent-v2", Map.of("t", "b", "v", true)));
		assertThat(token.flags().string("agent-v2", "none")).isEqualTo("none");
		assertThat(token.flags().integer("agent-v2", 7)).isEqualTo(7);
	}

	@Test
	void unknownTypeCodesStayReadableAsJson() {
		Map<String, Object> json = Map.of("tier", "gold", "limits", List.of(1L, 2L));
		KindeM2mToken token = with("feature_flags", Map.of("config", Map.of("t", "j", "v", json)));
		FeatureFlag flag = token.flags().get("config").orElseThrow();
		assertThat(flag.kind()).isEqualTo(FeatureFlag.Kind.UNKNOWN);
		assertThat(flag.isValid()).isTrue();
		assertThat(flag.typeCode()).isEqualTo("j");
		assertThat(flag.value()).isEqualTo(json);
	}

	@Test
	void applicationPropertiesAreTyped() {
		KindeM2mToken token = with("application_properties",
				Map.of("model_version", Map.of("v", "gpt-4"), "max_tokens", Map.of("v", 512L), "beta",
						Map.of("v", true), "broken", "eu"));
		assertThat(token.properties().string("model_version")).contains("gpt-4");
		assertThat(token.properties().string("max_tokens")).isEmpty();
		assertThat(token.properties().integer("max_tokens", 0)).isEqualTo(512);
		assertThat(token.properties().bool("beta", false)).isTrue();
		assertThat(token.properties().string("region", "us")).isEqualTo("us");
		assertThat(token.properties().get("broken")).isEmpty();
	}

	@Test
	void customWorkflowClaimsStayReadable() {
		Map<String, Object> claims = claims();
		claims.put("orgName", "Acme Inc");
		KindeM2mToken token = KindeM2mToken.from(claims);
		assertThat(token.claims()).containsEntry("orgName", "Acme Inc");
		assertThat(token.orgCode()).isEmpty();
	}

	@Test
	void toStringNamesTheCallerButNotTheClaims() {
		assertThat(with("org_code", "org_acme").toString()).contains("client-1", "org_acme").doesNotContain("id-1");
	}

}
