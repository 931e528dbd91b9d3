package io.github.kindem2m.validation;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.RSAPublicKey;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.proc.JWSVerifierFactory;
import com.nimbusds.jose.util.Base64URL;

/**
 * RS256 verification that accepts only the canonical PKCS#1 v1.5 encoding. The JDK's
 * {@code SHA256withRSA} also accepts a DigestInfo without its NULL parameter (a
 * compatibility relaxation, JDK-8320597); here the JCA's raw PKCS#1 v1.5 verification
 * ({@code NONEwithRSA}) compares the recovered block with the one exact DER DigestInfo,
 * so every non-canonical encoding is refused. The RSA operation itself is the JCA's.
 */
final class StrictRs256VerifierFactory implements JWSVerifierFactory {

	/** DER of DigestInfo { sha256, NULL } up to the 32-byte digest (RFC 8017, section 9.2). */
	private static final byte[] SHA256_DIGEST_INFO = { 0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, (byte) 0x86, 0x48, 0x01,
			0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20 };

	private static final Set<JWSAlgorithm> RS256_ONLY = Set.of(JWSAlgorithm.RS256);

	private final JCAContext jca = new JCAContext();

	@Override
	public Set<JWSAlgorithm> supportedJWSAlgorithms() {
		return RS256_ONLY;
	}

	@Override
	public JCAContext getJCAContext() {
		return this.jca;
	}

	@Override
	public JWSVerifier createJWSVerifier(JWSHeader header, Key key) throws JOSEException {
		if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || !(key instanceof RSAPublicKey rsa)) {
			throw new JOSEException("Only RS256 with an RSA public key is supported");
		}
		return new Verifier(rsa, this.jca);
	}

	private record Verifier(RSAPublicKey key, JCAContext jca) implements JWSVerifier {

		@Override
		public Set<JWSAlgorithm> supportedJWSAlgorithms() {
			return RS256_ONLY;
		}

		@Override
		public JCAContext getJCAContext() {
			return this.jca;
		}

		@Override
		public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) throws JOSEException {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(signingInput);
				byte[] digestInfo = new byte[SHA256_DIGEST_INFO.length + digest.length];
				System.arraycopy(SHA256_DIGEST_INFO, 0, digestInfo, 0, SHA256_DIGEST_INFO.length);
				System.arraycopy(digest, 0, digestInfo, SHA256_DIGEST_INFO.length, digest.length);
				Signature rsa = Signature.getInstance("NONEwithRSA");
				rsa.initVerify(this.key);
				rsa.update(digestInfo);
				return rsa.verify(signature.decode());
			}
			catch (SignatureException ex) {
				return false; // wrong length or padding: not a valid signature
			}
			catch (GeneralSecurityException ex) {
				throw new JOSEException("RS256 verification is unavailable: " + ex.getMessage(), ex);
			}
		}

	}

}
