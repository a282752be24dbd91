package org.onus.web.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The two refusals every operation of a kind can give, so no operation forgets them: 401 on every
 * operation that needs a token (those without {@code security: []}), and 400 on every operation
 * with a request body, since any body may fail to parse. What else an operation can answer is
 * stated on the operation itself ({@link ApiDocs}). Registered as {@code mp.openapi.filter}.
 */
public class OpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        boolean securedByDefault =
                openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e :
                    item.getOperations().entrySet()) {
                Operation operation = e.getValue();
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    continue;
                }
                List<?> security = operation.getSecurity();
                boolean secured = security == null ? securedByDefault : !security.isEmpty();
                if (secured) {
                    addRef(responses, "401", ApiDocs.UNAUTHORIZED);
                }
                if (operation.getRequestBody() != null) {
                    addRef(responses, "400", ApiDocs.BAD_REQUEST);
                }
                // Success first, then refusals by status: the order a reader looks for them in.
                responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
            }
        }
    }

    private static void addRef(APIResponses responses, String code, String name) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }
}
