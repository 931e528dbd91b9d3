package io.github.kindem2m.test.docs;

import io.github.kindem2m.test.KindeM2mTest;
import io.github.kindem2m.test.WithKindeM2m;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

// docs/testing.md, style 3
@SpringBootTest
@KindeM2mTest
class WithKindeM2mTests {

	@Autowired
	ArticleService articles;

	@Test
	@WithKindeM2m(org = "org_acme", scopes = "kb:read", flags = {"agent-v2=true", "max-citations=3", "tone=formal"},
			properties = "model_version=gpt-4")
	void listsOwnArticles() {
		assertThat(this.articles.list("org_acme")).containsExactly("org_acme: welcome");
	}
}
