package io.github.kindem2m.test.docs;

import java.time.Instant;
import java.util.List;

import io.github.kindem2m.test.KindeM2mTest;
import io.github.kindem2m.test.issuer.LocalClient;
import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import io.github.kindem2m.token.KindeM2mToken;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// docs/testing.md, negative tests: each minted token is refused by the application's decoder
@SpringBootTest
@KindeM2mTest
class MintingExamplesTests {

	@Autowired
	JwtDecoder decoder;

	@Test
	void everyNegativeTokenIsRefused(LocalKindeIssuer issuer) {
		List<String> tokens = List.of(
				issuer.mint().expired().sign(),                                   // exp in the past
				issuer.mint().notBefore(Instant.now().plusSeconds(600)).sign(),   // not yet valid
				issuer.mint().signedWith(LocalKindeIssuer.generateKey()).sign(),  // key not in the JWKS
				issuer.mint().unsigned().sign(),                                  // alg none
				issuer.mint().header("jku", "https://evil.example/keys").sign(), // any header
				issuer.mint().claim("org_code", "org acme").claim("azp", null).sign() // any claim, or none
		);
		for (String token : tokens) {
			assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token));
		}
		String token = issuer.mint().flag("agent-v2", new LocalClient.FlagValue("b", "true")).sign(); // a malformed flag: accepted, read as invalid
		assertThat(KindeM2mToken.from(this.decoder.decode(token)).flags().get("agent-v2"))
			.hasValueSatisfying((flag) -> assertThat(flag.isValid()).isFalse());
	}
}
