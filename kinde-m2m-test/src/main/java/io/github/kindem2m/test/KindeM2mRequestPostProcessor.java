package io.github.kindem2m.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import io.github.kindem2m.test.issuer.TokenMinter;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Sends a MockMvc request with a real Kinde M2M token signed by the test's
 * {@link LocalKindeIssuer}, so the application's own decoder, validators and converter
 * build the principal, exactly as in production (unlike Spring Security's {@code jwt()}).
 * Create it with {@link KindeM2mMockMvc#kindeM2m()}.
 */
public final class KindeM2mRequestPostProcessor implements RequestPostProcessor {

	private final List<Consumer<TokenMinter>> edits = new ArrayList<>();

	KindeM2mRequestPostProcessor() {
	}

	/** The client id ({@code azp}). */
	public KindeM2mRequestPostProcessor clientId(String clientId) {
		return edit((minter) -> minter.clientId(clientId));
	}

	/** The organisation ({@code org_code}). */
	public KindeM2mRequestPostProcessor org(String orgCode) {
		return edit((minter) -> minter.org(orgCode));
	}

	/** The granted scopes. */
	public KindeM2mRequestPostProcessor scopes(String... scopes) {
		return edit((minter) -> minter.scopes(scopes));
	}

	/** A feature flag: Boolean, String or Integer value. */
	public KindeM2mRequestPostProcessor flag(String name, Object value) {
		return edit((minter) -> minter.flag(name, value));
	}

	/** An application property. */
	public KindeM2mRequestPostProcessor property(String name, Object value) {
		return edit((minter) -> minter.property(name, value));
	}

	/** Any other change to the token, such as {@code TokenMinter::expired}. */
	public KindeM2mRequestPostProcessor token(Consumer<TokenMinter> edit) {
		return edit(edit);
	}

	private KindeM2mRequestPostProcessor edit(Consumer<TokenMinter> edit) {
		this.edits.add(edit);
		return this;
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		WebApplicationContext context = WebApplicationContextUtils
			.getRequiredWebApplicationContext(request.getServletContext());
		LocalKindeIssuer issuer = context.getBeanProvider(LocalKindeIssuer.class).getIfAvailable();
		if (issuer == null) {
			throw new IllegalStateException(
					"kindeM2m() signs tokens with the test's LocalKindeIssuer: annotate the test class with @KindeM2mTest");
		}
		TokenMinter minter = issuer.mint();
		this.edits.forEach((edit) -> edit.accept(minter));
		request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + minter.sign());
		return request;
	}

}
