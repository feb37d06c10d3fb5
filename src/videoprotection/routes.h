#pragma once

#include "http/router.h"
#include "videoprotection/service.h"

namespace vigie {

/// The vidéoprotection API (docs/api.md, « Vidéoprotection »).
void add_video_routes(Router& router, VideoService& video);

}  // namespace vigie
