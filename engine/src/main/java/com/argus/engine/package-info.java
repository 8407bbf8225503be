package com.argus.engine;
