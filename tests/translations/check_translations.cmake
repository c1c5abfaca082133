# Runs lupdate over the current sources into copies of the .ts files, then fails when any
# message is unfinished (new in the sources, or without a translation) in any language.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${TS_DIR}/*.ts")
if(NOT ts_files)
    message(FATAL_ERROR "no .ts files found in ${TS_DIR}")
endif()

set(copies "")
foreach(ts ${ts_files})
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

execute_process(
    COMMAND "${LUPDATE}" "@${SOURCES_FILE}" -I "${SOURCE_DIR}" -no-obsolete -locations none
            -ts ${copies}
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}):\n${output}")
endif()

set(failures 0)
foreach(copy ${copies})
    file(READ "${copy}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" unfinished
           "${content}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        get_filename_component(name "${copy}" NAME)
        message(SEND_ERROR "${name}: ${count} strings lack a translation; run "
                           "'cmake --build build --target update_translations', translate them "
                           "in translations/${name}, and rebuild:")
        foreach(entry ${unfinished})
            string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${entry}")
            message("  ${source}")
        endforeach()
        math(EXPR failures "${failures} + ${count}")
    endif()
endforeach()
if(failures GREATER 0)
    message(FATAL_ERROR "${failures} untranslated strings")
endif()
message("every translatable string has Vietnamese and English translations")
