package dev.junction.it.relations;

import dev.junction.ConnectionManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The relation suite with default, secondary and tertiary on three H2 databases. */
class H2RelationsTest extends RelationsContract {

    @Override
    protected void open(int poolSize) {
        Map<String, Map<String, Object>> connections = new HashMap<>();
        for (String name : new String[] {"default", "secondary", "tertiary"}) {
            connections.put(name, Map.of("driver", "h2", "database", "rel_" + name + "_" + UUID.randomUUID(),
                    "pool.maximumPoolSize", poolSize));
        }
        ConnectionManager.configure(connections);
        for (String name : connections.keySet()) {
            for (String ddl : RelationSchema.create("h2")) {
                ConnectionManager.dsl(name).execute(ddl);
            }
        }
    }

    @Override
    protected void close() {
        for (String name : new String[] {"default", "secondary", "tertiary"}) {
            ConnectionManager.dsl(name).execute("drop all objects");
        }
        ConnectionManager.shutdown();
    }

    @Override
    protected boolean usesArrayParameter(String connection) {
        return false;
    }
}
