package id.anjungan.protocol.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON mapping of the wire contract, shared by server and kiosk. */
public final class ProtocolJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    // Jackson keeps its text buffers per thread by default; a server with hundreds of
                    // threads writing large snapshots then holds hundreds of megabytes of them. A
                    // shared, bounded pool keeps what is reused small.
                    .recyclerPool(JsonRecyclerPools.sharedBoundedPool())
                    .build())
            .addModule(new JavaTimeModule())
            .addModule(IsoDates.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // A newer server may add fields; an older kiosk must still read what it knows.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ProtocolJson() {
    }

    /** A shared, thread-safe mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
