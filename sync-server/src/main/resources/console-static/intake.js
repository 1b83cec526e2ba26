// The intake page. A USB scanner types the QR text into the focused field and presses Enter: the
// form is sent (by htmx, or as a plain form without it) and the verdict replaces the result box;
// the field is then cleared and focused again for the next slip. The camera button loads ZXing
// (served from this server) only when asked, reads the QR from the video, and sends its text the
// same way. Choosing a photo sends it at once; the server reads its QR.
(function () {
  var scanForm = document.getElementById("scan-form");
  var scanText = document.getElementById("scan-text");
  var result = document.getElementById("result");
  if (!scanForm || !scanText || !result) {
    return;
  }
  var photoForm = document.getElementById("photo-form");
  var photo = document.getElementById("photo");

  function send(form) {
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.submit();
    }
  }

  document.body.addEventListener("htmx:afterSwap", function (event) {
    var from = event.detail && event.detail.requestConfig && event.detail.requestConfig.elt;
    if (from === scanForm || from === photoForm) {
      scanText.value = "";
      if (photo) {
        photo.value = "";
      }
      var verdict = document.getElementById("verdict");
      if (verdict && verdict.scrollIntoView && window.innerWidth < 760) {
        verdict.scrollIntoView({block: "start"});
      }
      scanText.focus();
    }
  });

  // A session that ended answers with the sign-in page: go there instead of showing it in the box.
  // Refusals (403 on a stale form token, 404) are pages too: show them in the box, not nothing.
  document.body.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    if (xhr && xhr.responseURL && xhr.responseURL.indexOf("/console/login") >= 0) {
      event.detail.shouldSwap = false;
      window.location.assign(xhr.responseURL);
    } else if (xhr && xhr.status >= 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  if (photo && photoForm) {
    photo.addEventListener("change", function () {
      if (photo.files && photo.files.length > 0) {
        send(photoForm);
      }
    });
  }

  // Camera: ZXing for JS (@zxing/browser, UMD build) from /console/static/vendor, loaded on first use.
  var camera = document.getElementById("camera");
  var start = document.getElementById("camera-start");
  var stop = document.getElementById("camera-stop");
  var video = document.getElementById("camera-video");
  var status = document.getElementById("camera-status");
  if (!camera || !start || !stop || !video || !status) {
    return;
  }
  var controls = null;

  function say(key) {
    status.textContent = camera.getAttribute("data-" + key) || "";
    status.setAttribute("data-state", key);
  }

  function loadZxing(then) {
    if (window.ZXingBrowser) {
      then();
      return;
    }
    var script = document.createElement("script");
    script.src = camera.getAttribute("data-script");
    script.onload = then;
    script.onerror = function () { say("failed"); };
    document.head.appendChild(script);
  }

  function stopCamera() {
    if (controls) {
      controls.stop();
      controls = null;
    }
    video.hidden = true;
    stop.hidden = true;
    start.hidden = false;
  }

  start.addEventListener("click", function () {
    say("looking");
    loadZxing(function () {
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        say("none");
        return;
      }
      var reader = new window.ZXingBrowser.BrowserQRCodeReader();
      video.hidden = false;
      start.hidden = true;
      stop.hidden = false;
      reader.decodeFromVideoDevice(undefined, video, function (read, error, running) {
        if (read) {
          running.stop();
          controls = null;
          stopCamera();
          status.textContent = "";
          scanText.value = read.getText();
          send(scanForm);
        }
      }).then(function (running) {
        controls = running;
      }).catch(function (error) {
        stopCamera();
        var name = error && error.name;
        say(name === "NotAllowedError" || name === "SecurityError" ? "denied"
            : name === "NotFoundError" || name === "OverconstrainedError" ? "none" : "failed");
      });
    });
  });
  stop.addEventListener("click", function () {
    stopCamera();
    status.textContent = "";
  });
})();
