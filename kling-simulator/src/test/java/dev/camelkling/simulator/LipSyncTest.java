package dev.camelkling.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.VIDEO;
import static dev.camelkling.simulator.Api.arr;
import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class LipSyncTest {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    /** System time plus an adjustable offset, to age sessions. */
    private static final Clock CLOCK = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(OFFSET.get());
        }
    };

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator().clock(CLOCK));

    private static final String IDENTIFY = "/v1/videos/identify-face";
    private static final String PATH = "/v1/videos/advanced-lip-sync";
    private Api api;

    @BeforeEach
    void setUp() {
        OFFSET.set(Duration.ZERO);
        api = new Api(SIM.baseUrl());
    }

    private String session() {
        return api.client.post(IDENTIFY, obj("video_url", VIDEO)).data().path("session_id").asText();
    }

    /** A valid body on a 10 s URL video: face "0" spans 0..10000 ms. */
    private static ObjectNode body(String session, ObjectNode face) {
        ObjectNode body = obj("session_id", session);
        body.set("face_choose", arr(face));
        return body;
    }

    private static ObjectNode face() {
        return obj("face_id", "0", "sound_file", "https://example.invalid/voice.mp3",
                "sound_start_time", 0, "sound_end_time", 3000, "sound_insert_time", 1000);
    }

    @Test
    void identifyFaceAnswersSynchronouslyWithASessionAndFaces() {
        SimClient.Reply reply = api.client.post(IDENTIFY, obj("video_url", VIDEO));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.data();
        assertThat(data.path("session_id").asText()).isNotEmpty();
        assertThat(data.path("final_unit_deduction").asText()).isEqualTo("0.05");
        JsonNode face = data.path("face_data").get(0);
        assertThat(face.path("face_id").asText()).isEqualTo("0");
        assertThat(face.path("start_time").asLong()).isZero();
        assertThat(face.path("end_time").asLong()).isEqualTo(10_000);
        Api.assertPng(face.path("face_image").asText());
    }

    @Test
    void identifyFaceOfAKlingVideoUsesItsLength() {
        String videoId = api.finishedVideo("speaker");

        JsonNode data = api.client.post(IDENTIFY, obj("video_id", videoId)).data();

        assertThat(data.path("face_data").get(0).path("end_time").asLong()).isEqualTo(5_000);
    }

    @Test
    void identifyFaceNeedsExactlyOneOfVideoIdAndVideoUrl() {
        api.rejected(IDENTIFY, obj(), "video_id / video_url");
        api.rejected(IDENTIFY, obj("video_id", "x", "video_url", VIDEO), "video_id / video_url");
    }

    @Test
    void identifyFaceRejectsAnUnknownVideoId() {
        api.rejected(IDENTIFY, obj("video_id", "vid-1"), "video_id not found");
    }

    @Test
    void identifyFaceIsCountedAsASynchronousCall() {
        api.client.post(IDENTIFY, obj("video_url", VIDEO));

        assertThat(SIM.simulator().requestCount(RequestKind.CALL)).isEqualTo(1);
        assertThat(SIM.simulator().requestCount(RequestKind.CREATE)).isZero();
    }

    @Test
    void lipSyncSucceedsWithTheSourceAsParentVideo() {
        String id = api.createId(PATH, body(session(), face()));

        JsonNode task = api.awaitSucceed(PATH, id);

        assertThat(task.path("task_info").path("parent_video").path("url").asText()).isEqualTo(VIDEO);
        JsonNode video = task.path("task_result").path("videos").get(0);
        assertThat(video.path("duration").asText()).isEqualTo("10.0");
        assertThat(task.path("final_unit_deduction").asText()).isEqualTo("0.5");
        Api.assertMp4(video.path("url").asText());
    }

    @Test
    void lipSyncListAndExternalIdLookup() {
        String id = api.createId(PATH, body(session(), face()).put("external_task_id", "ls-1"));

        assertThat(api.client.get(PATH).data().get(0).path("task_id").asText()).isEqualTo(id);
        assertThat(api.client.get(PATH + "?external_task_id=ls-1").data().path("task_id").asText()).isEqualTo(id);
    }

    @Test
    void sessionIdMustExist() {
        api.rejected(PATH, body("123", face()), "session_id not found or expired: 123");
    }

    @Test
    void sessionsExpireAfter24Hours() {
        String session = session();
        OFFSET.set(Duration.ofHours(24).plusSeconds(1));

        api.rejected(PATH, body(session, face()), "session_id not found or expired");
    }

    @Test
    void faceChooseTakesExactlyOneFace() {
        ObjectNode body = obj("session_id", session());
        body.set("face_choose", arr(face(), face().put("face_id", "1")));
        api.rejected(PATH, body, "face_choose must contain exactly 1 item");
    }

    @Test
    void faceIdMustBeOneOfTheSessionsFaces() {
        api.rejected(PATH, body(session(), face().put("face_id", "7")), "face_choose[0].face_id not found");
    }

    @Test
    void exactlyOneOfAudioIdAndSoundFile() {
        ObjectNode face = face();
        face.remove("sound_file");
        api.rejected(PATH, body(session(), face), "audio_id / face_choose[0].sound_file");
    }

    @Test
    void unknownAudioIdIsRejected() {
        ObjectNode face = face();
        face.remove("sound_file");
        face.put("audio_id", "aud-1");
        api.rejected(PATH, body(session(), face), "face_choose[0].audio_id not found");
    }

    @Test
    void croppedAudioMustLastAtLeastTwoSeconds() {
        api.rejected(PATH, body(session(), face().put("sound_end_time", 1500)),
                "sound_end_time must be at least 2000 ms after sound_start_time");
    }

    @Test
    void timesAreRequired() {
        ObjectNode face = face();
        face.remove("sound_insert_time");
        api.rejected(PATH, body(session(), face), "sound_insert_time is required");
    }

    @Test
    void insertedAudioMustFitInsideTheVideo() {
        api.rejected(PATH, body(session(), face().put("sound_insert_time", 8000)),
                "sound_insert_time plus the cropped audio must fit inside the video");
    }

    @Test
    void insertedAudioMustOverlapTheFaceByTwoSeconds() {
        // face "1" spans 5000..10000 ms; audio inserted at 0..3000 does not overlap it
        api.rejected(PATH, body(session(), face().put("face_id", "1").put("sound_insert_time", 0)),
                "must overlap the face's window");
    }

    @Test
    void volumesAreBetweenZeroAndTwo() {
        api.rejected(PATH, body(session(), face().put("sound_volume", 2.5)), "sound_volume must be a number in [0, 2]");
        api.rejected(PATH, body(session(), face().put("original_audio_volume", -1)),
                "original_audio_volume must be a number in [0, 2]");
    }
}
