package io.github.kindem2m.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.kindem2m.authorization.KindeMethodSecurity;
import io.github.kindem2m.authorization.RequireOrg;
import io.github.kindem2m.authorization.RequireScope;
import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import io.github.kindem2m.token.KindeM2mAuthenticationConverter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The same organisation-plus-scope check through Spring AOP proxies: the starter's
 * {@code @RequireOrg @RequireScope} against the equivalent {@code @PreAuthorize} SpEL
 * expression.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AuthorizationBenchmark {

	/** The guarded service. Public methods so both interceptors see them. */
	public static class Articles {

		@RequireOrg
		@RequireScope("kb:read")
		public String annotated(String orgCode) {
			return orgCode;
		}

		@PreAuthorize("hasAuthority('SCOPE_kb:read') and principal.orgCode().orElse(null) == #orgCode")
		public String spel(String orgCode) {
			return orgCode;
		}

	}

	private LocalKindeIssuer issuer;

	private Articles kinde;

	private Articles preAuthorize;

	@Setup(Level.Trial)
	public void setUp() {
		this.issuer = Fixtures.issuer();
		String token = Fixtures.token(this.issuer, 0);
		SecurityContextHolder.getContext()
			.setAuthentication(new KindeM2mAuthenticationConverter().convert(Fixtures.kinde(this.issuer).decode(token)));
		this.kinde = proxy(KindeMethodSecurity.interceptor());
		this.preAuthorize = proxy(AuthorizationManagerBeforeMethodInterceptor.preAuthorize());
		if (!"org_acme".equals(this.kinde.annotated("org_acme")) || !"org_acme".equals(this.preAuthorize.spel("org_acme"))) {
			throw new IllegalStateException("Both checks must grant the benchmark's caller");
		}
	}

	private static Articles proxy(AuthorizationManagerBeforeMethodInterceptor interceptor) {
		ProxyFactory factory = new ProxyFactory(new Articles());
		factory.setProxyTargetClass(true);
		factory.addAdvisor(interceptor);
		return (Articles) factory.getProxy();
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		SecurityContextHolder.clearContext();
		this.issuer.close();
	}

	@Benchmark
	public String requireOrgAndScope() {
		return this.kinde.annotated("org_acme");
	}

	@Benchmark
	public String preAuthorizeSpel() {
		return this.preAuthorize.spel("org_acme");
	}

}
