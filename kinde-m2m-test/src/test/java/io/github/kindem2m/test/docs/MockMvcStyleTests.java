package io.github.kindem2m.test.docs;

import io.github.kindem2m.test.KindeM2mTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static io.github.kindem2m.test.KindeM2mMockMvc.kindeM2m;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// docs/testing.md, style 2
@SpringBootTest
@AutoConfigureMockMvc
@KindeM2mTest
class MockMvcStyleTests {

	@Autowired
	MockMvc mvc;

	@Test
	void organisationsAreIsolated() throws Exception {
		this.mvc.perform(get("/api/orgs/org_globex/articles").with(kindeM2m().org("org_acme").scopes("kb:read")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("org_mismatch"));
	}
}
