package io.github.kindem2m.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import io.github.kindem2m.token.KindeM2mAuthenticationConverter;
import io.github.kindem2m.token.KindeM2mToken;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * The per-request path, side by side: token to {@code Authentication}.
 * <ul>
 * <li>{@code plainSpringSecurity}: NimbusJwtDecoder (issuer, audience, timestamp
 * validators) and JwtAuthenticationConverter, what a careful team writes by hand;</li>
 * <li>{@code kindeCold}: the starter's decoder (every Kinde rule) and converter, cache
 * off;</li>
 * <li>{@code kindeWarm}: the same with the verified-token cache, the token already seen;</li>
 * <li>{@code claimMapping}: reading a decoded token into a {@code KindeM2mToken} alone.</li>
 * </ul>
 * {@code extraFlags} grows the token: 0 is a typical agent token (about 900 bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerRequestBenchmark {

	@Param({ "0", "10", "50" })
	public int extraFlags;

	private LocalKindeIssuer issuer;

	private String token;

	private JwtDecoder plain;

	private JwtAuthenticationConverter plainConverter;

	private JwtDecoder kinde;

	private JwtDecoder kindeCached;

	private KindeM2mAuthenticationConverter kindeConverter;

	private Jwt decoded;

	@Setup(Level.Trial)
	public void setUp() {
		this.issuer = Fixtures.issuer();
		this.token = Fixtures.token(this.issuer, this.extraFlags);
		this.plain = Fixtures.plain(this.issuer);
		this.plainConverter = new JwtAuthenticationConverter();
		this.kinde = Fixtures.kinde(this.issuer);
		this.kindeCached = Fixtures.kindeCached(this.issuer);
		this.kindeConverter = new KindeM2mAuthenticationConverter();
		this.decoded = this.kinde.decode(this.token);
		this.kindeCached.decode(this.token);
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.issuer.close();
	}

	@Benchmark
	public Authentication plainSpringSecurity() {
		return this.plainConverter.convert(this.plain.decode(this.token));
	}

	@Benchmark
	public Authentication kindeCold() {
		return this.kindeConverter.convert(this.kinde.decode(this.token));
	}

	@Benchmark
	public Authentication kindeWarm() {
		return this.kindeConverter.convert(this.kindeCached.decode(this.token));
	}

	@Benchmark
	public KindeM2mToken claimMapping() {
		return KindeM2mToken.from(this.decoded);
	}

}
