package com.argus.app;
