package dev.camelkling.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;

import dev.camelkling.capabilities.LipSyncValidator;
import dev.camelkling.client.model.AdvancedLipSyncRequest;
import dev.camelkling.client.model.FaceChoice;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.LipSyncRequest;
import dev.camelkling.component.mapping.RequestMapper;
import dev.camelkling.cost.CostControl.Reservation;
import dev.camelkling.cost.CostEstimate;
import dev.camelkling.cost.UnitEstimate;
import dev.camelkling.exceptions.KlingException;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.tasks.TaskTracker.Tracking;

/**
 * {@code kling:lip-sync} in one call: identify-face finds the faces of the video (a small synchronous charge), the
 * chosen face's window places the audio, and advanced-lip-sync creates the task. Everything that can be checked
 * is checked before identify-face; the face-window rule before the create.
 */
final class LipSyncHandler implements OperationHandler {

    static final String IDENTIFY_FACE = "/v1/videos/identify-face";

    /** One face identify-face reported. */
    record Face(String faceId, long startTime, long endTime) {
    }

    private final KlingEndpoint endpoint;
    private final KlingRuntime runtime;
    private final RequestMapper<LipSyncRequest> mapper;
    private final LipSyncValidator validator = new LipSyncValidator();
    private final CreateTaskHandler<AdvancedLipSyncRequest> create;

    LipSyncHandler(KlingEndpoint endpoint, KlingRuntime runtime, RequestMapper<LipSyncRequest> mapper,
                   CreateTaskHandler<AdvancedLipSyncRequest> create) {
        this.endpoint = endpoint;
        this.runtime = runtime;
        this.mapper = mapper;
        this.create = create;
    }

    @Override
    public CompletableFuture<Tracking> start(Exchange exchange) {
        LipSyncRequest request = mapper.map(exchange);
        validator.validate(request);
        // a redelivery (or the same external id again) waits for the task it has: no new identify-face, no budget
        Optional<CompletableFuture<Tracking>> existing = create.resumeExisting(exchange, request.externalTaskId(),
                endpoint.getSpec().usual());
        if (existing.isPresent()) {
            return existing.get();
        }
        ObjectNode identify = identifyBody(request);
        // priced from the audio crop, and reserved in the budgets before the (charged) identify-face
        UnitEstimate estimate = create.estimate(exchange, request);
        Reservation reservation = runtime.costControl().reserve(endpoint.getOperation(), estimate,
                endpoint.getBudget());
        // identify-face is charged: never sent twice on an ambiguous failure
        CompletableFuture<JsonNode> identified;
        try {
            identified = endpoint.getClient().post(IDENTIFY_FACE, identify, false);
        } catch (RuntimeException e) {
            reservation.release();
            throw e;
        }
        return identified.whenComplete((data, error) -> {
            if (error != null) {
                reservation.release();
            } else {
                reservation.extraCharged(KlingTask.units(data.path("final_unit_deduction").asText(null)));
            }
        }).thenCompose(data -> {
            try {
                return createFor(exchange, request, data, reservation);
            } catch (RuntimeException e) {
                reservation.release();
                throw e;
            }
        });
    }

    private CompletableFuture<Tracking> createFor(Exchange exchange, LipSyncRequest request, JsonNode data,
                                                  Reservation reservation) {
        String session = data.path("session_id").asText(null);
        if (session == null) {
            throw new KlingException("identify-face answered without a session_id");
        }
        exchange.getMessage().setHeader(KlingConstants.SESSION_ID, session);
        Face face = choose(faces(data), request.faceId());
        long insertAt = request.soundInsertTime() != null ? request.soundInsertTime() : face.startTime();
        LipSyncValidator.faceWindow(request, insertAt, face.startTime(), face.endTime());
        FaceChoice choice = new FaceChoice(face.faceId(), request.audioId(), request.soundFile(),
                request.soundStartTime() == null ? 0L : request.soundStartTime(), request.soundEndTime(), insertAt,
                request.soundVolume(), request.originalAudioVolume());
        return create.submit(exchange, new AdvancedLipSyncRequest(session, List.of(choice),
                request.watermarkInfo(), request.callbackUrl(), request.externalTaskId()), reservation);
    }

    /** Validated and priced from the audio crop; not even identify-face is called. */
    @Override
    public void dryRun(Exchange exchange) {
        LipSyncRequest request = mapper.map(exchange);
        validator.validate(request);
        UnitEstimate estimate = create.estimate(exchange, request);
        exchange.getMessage().setBody(new CostEstimate(endpoint.getOperation(), null, estimate.units(),
                estimate.basis() + "; identify-face first: " + estimate.extra().toPlainString(), IDENTIFY_FACE,
                identifyBody(request).toString()));
    }

    private static ObjectNode identifyBody(LipSyncRequest request) {
        ObjectNode identify = JsonNodeFactory.instance.objectNode();
        if (request.videoId() != null) {
            identify.put("video_id", request.videoId());
        } else {
            identify.put("video_url", request.videoUrl());
        }
        return identify;
    }

    static List<Face> faces(JsonNode data) {
        List<Face> faces = new ArrayList<>();
        for (JsonNode f : data.path("face_data")) {
            faces.add(new Face(f.path("face_id").asText(), f.path("start_time").asLong(), f.path("end_time").asLong()));
        }
        return faces;
    }

    private static Face choose(List<Face> faces, String faceId) {
        if (faces.isEmpty()) {
            throw new KlingValidationException("video_id",
                    "shows no face Kling can lip-sync (identify-face found none)");
        }
        if (faceId == null) {
            return faces.get(0);
        }
        return faces.stream().filter(f -> f.faceId().equals(faceId)).findFirst()
                .orElseThrow(() -> new KlingValidationException("face_id", "'" + faceId
                                                                           + "' is not a face of the video;"
                                                                           + " identify-face found " + faces.stream()
                                                                                   .map(Face::faceId).toList()));
    }

    @Override
    public boolean createsTask() {
        return true;
    }
}
