package io.github.kindem2m.benchmarks;

import java.time.Clock;
import java.time.Duration;

import io.github.kindem2m.cache.VerifiedTokenCache;
import io.github.kindem2m.test.issuer.LocalKindeIssuer;

import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Measures the heap the verified-token cache holds when full of typical agent tokens:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.kindem2m.benchmarks.CacheMemory [entries]}.
 */
public final class CacheMemory {

	private CacheMemory() {
	}

	public static void main(String[] args) throws Exception {
		int entries = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		try (LocalKindeIssuer issuer = Fixtures.issuer()) {
			JwtDecoder verifier = Fixtures.kinde(issuer);
			int tokenLength = Fixtures.token(issuer, 0).length();
			long before = usedHeap();
			VerifiedTokenCache cache = new VerifiedTokenCache(entries, Duration.ofSeconds(60), Clock.systemUTC());
			JwtDecoder cached = cache.decorate(verifier);
			for (int i = 0; i < entries; i++) {
				cached.decode(Fixtures.token(issuer, 0)); // only the cache keeps the token
			}
			long after = usedHeap();
			System.out.printf("%d entries (token %d bytes): %.1f MiB, %d bytes per entry%n", cache.size(), tokenLength,
					(after - before) / 1048576.0, (after - before) / Math.max(1, cache.size()));
		}
	}

	private static long usedHeap() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 5; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
