package com.argus.store;
