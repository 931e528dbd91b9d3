package io.github.kindem2m.test.security;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.github.kindem2m.jwks.JwksSettings;
import io.github.kindem2m.jwks.KindeJwkSources;
import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import io.github.kindem2m.validation.KindeJwtDecoder;
import io.github.kindem2m.validation.KindeJwtValidators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.security.oauth2.jwt.BadJwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * RSA PKCS#1 v1.5 signature-encoding vectors in the spirit of Project Wycheproof: each
 * signature is made with the issuer key's raw RSA operation (s = EM^d mod n) over a
 * deliberately malformed encoded message, and must be refused. The control vector, built
 * the same way from a correct encoding, must be accepted, which proves the construction.
 */
class SignatureEncodingVectorsTests {

	private static final LocalKindeIssuer issuer = LocalKindeIssuer.start();

	private static final KindeJwtDecoder decoder = KindeJwtDecoder.create(
			KindeJwkSources.remote(new JwksSettings(URI.create(issuer.domain() + "/.well-known/jwks"),
					Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofHours(1),
					Duration.ofSeconds(2), Duration.ofSeconds(2), 50 * 1024)),
			KindeJwtValidators.create(issuer.domain(), List.of(LocalKindeIssuer.DEFAULT_AUDIENCE), Duration.ofSeconds(60),
					Set.of("client_credentials"), List.of()),
			16 * 1024);

	private static final HexFormat HEX = HexFormat.of();

	private static final byte[] SHA256_PREFIX = HEX.parseHex("3031300d060960864801650304020105000420");

	@AfterAll
	static void stop() {
		issuer.close();
	}

	/** A named encoded message (EM) or raw signature builder. */
	record Vector(String name, Signer signer) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	@FunctionalInterface
	interface Signer {

		byte[] sign(byte[] hash) throws Exception;

	}

	@Test
	void theCorrectEncodingIsAccepted() throws Exception {
		String input = signingInput();
		byte[] signature = rsa(em(concat(SHA256_PREFIX, sha256(input))));
		assertThat(decoder.decode(input + "." + Forge.b64(signature)).getClaimAsString("azp")).isEqualTo("local-test-client");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void malformedEncodingsAreRefused(Vector vector) throws Exception {
		String input = signingInput();
		String token = input + "." + Forge.b64(vector.signer().sign(sha256(input)));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(token))
			.withMessage("The token signature is invalid");
	}

	static Stream<Vector> vectors() {
		return Stream.of(
				new Vector("wrong digest algorithm: SHA-1 OID", (h) -> rsa(em(concat(HEX.parseHex("302d300906052b0e03021a05000420"), h)))),
				new Vector("wrong digest algorithm: SHA-512 OID", (h) -> rsa(em(concat(HEX.parseHex("3031300d060960864801650304020305000420"), h)))),
				new Vector("missing NULL parameter", (h) -> rsa(em(concat(HEX.parseHex("302f300b06096086480165030402010420"), h)))),
				new Vector("NULL with content", (h) -> rsa(em(concat(HEX.parseHex("3032300e06096086480165030402010501000420"), h)))),
				new Vector("two NULL parameters", (h) -> rsa(em(concat(HEX.parseHex("3033300f0609608648016503040201050005000420"), h)))),
				new Vector("BER long-form outer length", (h) -> rsa(em(concat(HEX.parseHex("308131300d060960864801650304020105000420"), h)))),
				new Vector("BER long-form digest length", (h) -> rsa(em(concat(HEX.parseHex("3032300d06096086480165030402010500048120"), h)))),
				new Vector("BER long-form algorithm length", (h) -> rsa(em(concat(HEX.parseHex("303230810d060960864801650304020105000420"), h)))),
				new Vector("digest of the wrong content", (h) -> rsa(em(concat(SHA256_PREFIX, sha256("something else"))))),
				new Vector("truncated digest", (h) -> rsa(em(concat(HEX.parseHex("3030300d06096086480165030402010500041f"), Arrays.copyOf(h, 31))))),
				new Vector("trailing bytes after the digest", (h) -> rsa(em(concat(SHA256_PREFIX, h, new byte[] { 0, 0 })))),
				new Vector("non-0xFF padding byte", (h) -> {
					byte[] em = em(concat(SHA256_PREFIX, h));
					em[10] = (byte) 0xfe;
					return rsa(em);
				}),
				new Vector("zero padding instead of 0xFF", (h) -> {
					byte[] em = em(concat(SHA256_PREFIX, h));
					for (int i = 2; em[i] == (byte) 0xff; i++) {
						em[i] = 0;
					}
					return rsa(em);
				}),
				new Vector("short padding with filler before the digest", (h) -> {
					byte[] digestInfo = concat(SHA256_PREFIX, h);
					byte[] em = new byte[modulusBytes()];
					em[1] = 1;
					Arrays.fill(em, 2, 9, (byte) 0xff);
					System.arraycopy(digestInfo, 0, em, em.length - digestInfo.length, digestInfo.length);
					return rsa(em);
				}),
				new Vector("block type 2 instead of 1", (h) -> {
					byte[] em = em(concat(SHA256_PREFIX, h));
					em[1] = 2;
					return rsa(em);
				}),
				new Vector("missing zero separator", (h) -> {
					byte[] em = em(concat(SHA256_PREFIX, h));
					em[em.length - SHA256_PREFIX.length - h.length - 1] = (byte) 0xff;
					return rsa(em);
				}),
				new Vector("encoded message shifted by one byte", (h) -> {
					byte[] em = em(concat(SHA256_PREFIX, h));
					byte[] shifted = new byte[em.length];
					System.arraycopy(em, 0, shifted, 1, em.length - 1);
					return rsa(shifted);
				}),
				new Vector("signature one byte longer than the modulus", (h) -> concat(new byte[] { 0 }, rsa(em(concat(SHA256_PREFIX, h))))),
				new Vector("signature one byte shorter than the modulus", (h) -> Arrays.copyOfRange(rsa(em(concat(SHA256_PREFIX, h))), 1, modulusBytes())),
				new Vector("signature equal to the modulus", (h) -> i2osp(modulus(), modulusBytes())),
				new Vector("signature of zero", (h) -> new byte[modulusBytes()]),
				new Vector("signature of one", (h) -> i2osp(BigInteger.ONE, modulusBytes())));
	}

	private static String signingInput() {
		String[] parts = Forge.parts(issuer.mint().sign());
		return parts[0] + "." + parts[1];
	}

	/** EMSA-PKCS1-v1_5: 0x00 0x01 0xFF..0xFF 0x00 T, filling the modulus length. */
	private static byte[] em(byte[] digestInfo) {
		byte[] em = new byte[modulusBytes()];
		em[1] = 1;
		int separator = em.length - digestInfo.length - 1;
		Arrays.fill(em, 2, separator, (byte) 0xff);
		System.arraycopy(digestInfo, 0, em, separator + 1, digestInfo.length);
		return em;
	}

	/** The raw RSA signature primitive, s = m^d mod n, as a modulus-length octet string. */
	private static byte[] rsa(byte[] em) throws Exception {
		RSAPrivateKey key = issuer.signingKey().toRSAPrivateKey();
		BigInteger s = new BigInteger(1, em).modPow(key.getPrivateExponent(), key.getModulus());
		return i2osp(s, modulusBytes());
	}

	private static byte[] i2osp(BigInteger value, int length) {
		byte[] bytes = value.toByteArray();
		if (bytes.length > length) {
			return Arrays.copyOfRange(bytes, bytes.length - length, bytes.length);
		}
		byte[] padded = new byte[length];
		System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
		return padded;
	}

	private static BigInteger modulus() throws Exception {
		return issuer.signingKey().toRSAPublicKey().getModulus();
	}

	private static int modulusBytes() {
		return 256;
	}

	private static byte[] sha256(String input) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
