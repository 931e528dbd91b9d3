package io.github.kindem2m.test;

import io.github.kindem2m.authorization.KindeAuthorizationDecision;
import io.github.kindem2m.authorization.Refusal;
import io.github.kindem2m.test.app.ArticlesApplication;
import io.github.kindem2m.test.app.ArticlesApplication.ArticleService;
import io.github.kindem2m.token.KindeM2mToken;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Style 3: {@code @WithKindeM2m} on service-level tests, without HTTP.
 */
@SpringBootTest(classes = ArticlesApplication.class)
@KindeM2mTest
class WithKindeM2mTests {

	@Autowired
	ArticleService articles;

	@Test
	@WithKindeM2m(org = "org_acme", scopes = "kb:read", flags = { "agent-v2=true", "max-citations=3", "tone=formal" },
			properties = "model_version=gpt-4")
	void theCallerIsBuiltByTheApplicationsDecoderAndConverter() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("SCOPE_kb:read", "ROLE_AGENT_V2");
		KindeM2mToken token = (KindeM2mToken) authentication.getPrincipal();
		assertThat(token.orgCode()).contains("org_acme");
		assertThat(token.flags().integer("max-citations", 0)).isEqualTo(3);
		assertThat(token.flags().string("tone", null)).isEqualTo("formal");
		assertThat(token.properties().string("model_version")).contains("gpt-4");
		assertThat(this.articles.list("org_acme")).containsExactly("org_acme: welcome");
	}

	@Test
	@WithKindeM2m(org = "org_acme", scopes = "kb:read")
	void anotherOrganisationIsRefused() {
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> this.articles.list("org_globex"))
			.satisfies((ex) -> assertThat(((KindeAuthorizationDecision) ex.getAuthorizationResult()).refusal())
				.isEqualTo(Refusal.ORG_MISMATCH));
	}

	@Test
	@WithKindeM2m(org = "org_acme")
	void aMissingScopeIsRefused() {
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> this.articles.list("org_acme"))
			.satisfies((ex) -> assertThat(((KindeAuthorizationDecision) ex.getAuthorizationResult()).refusal())
				.isEqualTo(Refusal.INSUFFICIENT_SCOPE));
	}

}
