package io.github.kindem2m.support;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.github.kindem2m.jwks.JwksSettings;
import io.github.kindem2m.jwks.KindeJwkSources;
import io.github.kindem2m.validation.KindeJwtDecoder;
import io.github.kindem2m.validation.KindeJwtValidators;

/**
 * Builds the real Kinde decoder against a {@link JwksServer}, as the auto-configuration does.
 */
public final class Decoders {

	private Decoders() {
	}

	public static JwksSettings settings(JwksServer server) {
		return new JwksSettings(URI.create(server.domain() + JwksServer.PATH), Duration.ofMinutes(5),
				Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofSeconds(2),
				Duration.ofSeconds(2), 50 * 1024);
	}

	public static KindeJwtDecoder decoder(JwksServer server) {
		return decoder(server, KindeJwkSources.remote(settings(server)));
	}

	public static KindeJwtDecoder decoder(JwksServer server, JWKSource<SecurityContext> source) {
		return KindeJwtDecoder.create(source, KindeJwtValidators.create(server.domain(), List.of(TestTokens.AUDIENCE,
				"https://second.example.test"), Duration.ofSeconds(60), Set.of("client_credentials"), List.of()),
				16 * 1024);
	}

}
