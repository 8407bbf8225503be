package com.argus.recorder;
